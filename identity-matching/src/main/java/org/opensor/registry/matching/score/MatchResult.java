package org.opensor.registry.matching.score;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The outcome of comparing a query with one candidate: score and band at once, the reasons worded the first time
 * they are read (a search ranks every candidate but explains only the hits it shows). Thread-safe.
 */
public final class MatchResult {

    /**
     * Best first, as an officer should read hits: a document number that agrees (exactly or but for OCR confusions)
     * before any hit without one, then the higher score, then the stronger band (a confirmed STRONG hit before a
     * POSSIBLE one at the same score), then the stronger evidence behind equal scores. Index order never decides.
     */
    public static final Comparator<MatchResult> BEST_FIRST = Comparator.comparing(MatchResult::documentAgrees)
            .reversed()
            .thenComparing(Comparator.comparingDouble(MatchResult::score).reversed())
            .thenComparing(MatchResult::band)
            .thenComparing(Comparator.comparingDouble(MatchResult::evidence).reversed());

    private final double score;
    private final MatchBand band;
    private final double evidence;
    private final boolean documentAgrees;
    private Supplier<List<Reason>> why;
    private List<Reason> explained;

    /**
     * @param score   similarity in [0, 1]
     * @param band    the band of the score
     * @param reasons plain-English statements an officer can check against the record, e.g.
     *                {@code "family name CHANN ≈ CHAN: doubled final consonant"}; name reasons come first
     */
    public MatchResult(double score, MatchBand band, List<String> reasons) {
        this(score, band, () -> reasons.stream().map(Reason::worded).toList(), score, false);
    }

    MatchResult(double score, MatchBand band, Supplier<List<Reason>> why, double evidence, boolean documentAgrees) {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
        this.score = score;
        this.band = band;
        this.why = why;
        this.evidence = evidence;
        this.documentAgrees = documentAgrees;
    }

    /**
     * The sum of everything that agrees and disagrees (name similarity plus the qualifiers' bonuses and penalties),
     * unbounded: the score is this, kept within [0, 1].
     */
    public double evidence() {
        return evidence;
    }

    /** Whether a document number of the query agrees with one of the record, exactly or but for OCR confusions. */
    public boolean documentAgrees() {
        return documentAgrees;
    }

    public double score() {
        return score;
    }

    public MatchBand band() {
        return band;
    }

    /** The reasons in English, name reasons first. */
    public List<String> reasons() {
        return explained().stream().map(Reason::text).toList();
    }

    /** The reasons with their codes and arguments, for a reader in another language; in the order of {@link #reasons()}. */
    public synchronized List<Reason> explained() {
        if (explained == null) {
            explained = List.copyOf(why.get());
            why = null;
        }
        return explained;
    }

    @Override
    public String toString() {
        return "MatchResult[score=" + score + ", band=" + band + "]";
    }
}

package org.opensor.registry.matching.score;

import java.util.List;
import java.util.function.Supplier;

/**
 * The outcome of comparing a query with one candidate: score and band at once, the reasons worded the first time
 * they are read (a search ranks every candidate but explains only the hits it shows). Thread-safe.
 */
public final class MatchResult {

    private final double score;
    private final MatchBand band;
    private Supplier<List<String>> why;
    private List<String> reasons;

    /**
     * @param score   similarity in [0, 1]
     * @param band    the band of the score
     * @param reasons plain-English statements an officer can check against the record, e.g.
     *                {@code "family name CHANN ≈ CHAN: doubled final consonant"}; name reasons come first
     */
    public MatchResult(double score, MatchBand band, List<String> reasons) {
        this(score, band, () -> reasons);
    }

    MatchResult(double score, MatchBand band, Supplier<List<String>> why) {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
        this.score = score;
        this.band = band;
        this.why = why;
    }

    public double score() {
        return score;
    }

    public MatchBand band() {
        return band;
    }

    /** The reasons, name reasons first. */
    public synchronized List<String> reasons() {
        if (reasons == null) {
            reasons = List.copyOf(why.get());
            why = null;
        }
        return reasons;
    }

    @Override
    public String toString() {
        return "MatchResult[score=" + score + ", band=" + band + "]";
    }
}

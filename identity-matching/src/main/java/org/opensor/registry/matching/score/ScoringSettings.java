package org.opensor.registry.matching.score;

/**
 * Every weight and threshold of the {@link IdentityScorer}, in one place, so that they can be tuned against the
 * evaluation sets without touching code. {@link #DEFAULTS} holds the values the project uses.
 *
 * <p>A score is the name similarity (0 to 1) plus the adjustments of the qualifiers (date of birth, sex,
 * nationality, document number), kept within [0, 1]: above {@link #evidenceKnee()} the sum is compressed, not cut,
 * so that more agreeing evidence always scores higher (see {@link #scoreOf(double)}).
 *
 * @param strongThreshold             score from which a hit is {@link MatchBand#STRONG}; default 0.85
 * @param possibleThreshold           score from which a hit is {@link MatchBand#POSSIBLE}; default 0.70. Also
 *                                    the threshold of the evaluation command
 * @param skeletonSimilarity          two words that differ only by a romanization variant (Chann/Chan,
 *                                    Sokhar/Sokha); default 0.95
 * @param equivalenceSimilarity       two words of one name-equivalence group (Bill/William, Hoang/Huynh);
 *                                    default 0.90
 * @param phoneticSimilarity          floor for two words with a common Double Metaphone code; default 0.85
 * @param initialSimilarity           an initial against a word it begins (J/John); default 0.75. Never a family
 *                                    name against a given-name initial (CARTER against James C)
 * @param truncationSimilarity        a word of two letters or more against a word it begins that is at most two
 *                                    letters longer (Mi/Mia, Chris/Christ), or two words of five letters or more
 *                                    two typing slips apart (Thropr/Thorpe); default 0.80, so that neither
 *                                    leaves a word unmatched
 * @param thaiVariantSimilarity       two words of five letters or more that are the same Thai name in two Latin
 *                                    spellings without Thai script (j/ch, p/ph, t/th, k/kh, u/a, ee/i, w/v, oo/u:
 *                                    Jirawun/Chirawan, Maneepan/Maniphan); default 0.92
 * @param minimumWordSimilarity       Jaro-Winkler similarity below which two words count as different;
 *                                    default 0.80
 * @param spellingDifferenceCost      how much a spelling difference costs: a word pair with edit similarity
 *                                    e counts 1 - cost × (1 - e), so 0.9 counts 0.85 at the default 1.5
 * @param particleWeight              weight of particles such as al, bin, van, de against 1 for other
 *                                    words; default 0.3
 * @param coverageShare               share of "how much of the shorter name is matched" against "how much of
 *                                    both names is matched" in the name score; the rest of the longer name is
 *                                    often a dropped middle name; default 0.6
 * @param conflictingWordPenalty      taken off the name score for each word of the query that has no
 *                                    counterpart while the record also has a word left over (Al-Rawi
 *                                    against Al-Tikriti: a different name, not a dropped one); default 0.20
 *                                    (at 0.10 one differing name among five passed the 0.70 threshold);
 *                                    taken twice when own and father's name are reversed around BIN
 * @param dobExactBonus               both full dates equal; default 0.08
 * @param dobYearMonthBonus           year and month equal, a day missing on one side; default 0.05
 * @param dobYearBonus                year equal, the month missing on one side; default 0.03
 * @param dobDayMonthSwapBonus        full dates equal once day and month are swapped; default 0.03
 * @param dobApproximateBonus         an approximate date ("about 1970 ±2") consistent with the other;
 *                                    default 0.02
 * @param dobNearMissPenalty          one part of two full dates off: one year apart, or same year with another
 *                                    month; default 0.08
 * @param dobMismatchPenalty          dates that cannot be the same: two years apart, or two full dates within a
 *                                    year that differ in two or three of year, month and day (no one slip makes
 *                                    2001-05-23 of 2002-06-16: a namesake born the year before); default 0.35, so
 *                                    that a perfect name with the wrong date of birth is not even a possible
 *                                    hit, only a weak one: at 0.20 every traveller born 2001 named like a
 *                                    registrant born 1965 was a possible hit, 4.9 hits per traveller on an
 *                                    airline-like manifest. On 20,000 synthetic registrants P went from 0.054
 *                                    to 0.229 with R unchanged (0.948); on FEBRL 2 F1 from 0.866 to 0.909
 * @param dobPenaltyPerYear           taken off for each year further apart than two; default 0.02, so that a name
 *                                    born 45 years from the query's date ranks below the same name born 3 years off
 * @param dobFarPenalty               the most a date of birth takes off; default 0.50, so that the same name and
 *                                    passport number with a birth date decades off (a typing slip in the
 *                                    century) is still a possible hit
 * @param sexMismatchPenalty          both sexes known and different; default 0.10
 * @param nationalityOverlapBonus     at least one nationality in common; default 0.03
 * @param nationalityMismatchPenalty  both known, none in common; default 0.03 (people change or add
 *                                    nationalities, so this is weak)
 * @param documentExactBonus          a document number equal on both sides; default 0.30
 * @param documentOcrBonus            a document number equal up to OCR confusions (0/O, 1/I, 5/S, 8/B, 2/Z);
 *                                    default 0.20
 * @param strongNeedsQualifier        a hit is {@link MatchBand#STRONG} only when a qualifier confirms it as well:
 *                                    the full date of birth (also with day and month swapped) or a document
 *                                    number (exact or OCR confusions); a name alone, however close, is at most
 *                                    {@link MatchBand#POSSIBLE}, because registries hold many people named
 *                                    SOK Sokha or CHAN Dara, and so is a name with a birth year or year and
 *                                    month only: on 20,000 synthetic registrants those made 17 % of STRONG hits
 *                                    the wrong person. The score is not changed, only the band; default on
 * @param evidenceKnee                score from which the sum of the evidence is compressed towards 1 instead of
 *                                    cut at 1; default 0.90, above the strong threshold so that no band changes
 */
public record ScoringSettings(
        double strongThreshold,
        double possibleThreshold,
        double skeletonSimilarity,
        double equivalenceSimilarity,
        double phoneticSimilarity,
        double initialSimilarity,
        double truncationSimilarity,
        double thaiVariantSimilarity,
        double minimumWordSimilarity,
        double spellingDifferenceCost,
        double particleWeight,
        double coverageShare,
        double conflictingWordPenalty,
        double dobExactBonus,
        double dobYearMonthBonus,
        double dobYearBonus,
        double dobDayMonthSwapBonus,
        double dobApproximateBonus,
        double dobNearMissPenalty,
        double dobMismatchPenalty,
        double dobPenaltyPerYear,
        double dobFarPenalty,
        double sexMismatchPenalty,
        double nationalityOverlapBonus,
        double nationalityMismatchPenalty,
        double documentExactBonus,
        double documentOcrBonus,
        boolean strongNeedsQualifier,
        double evidenceKnee) {

    /** The defaults documented on each component. */
    public static final ScoringSettings DEFAULTS = new ScoringSettings(
            0.85, 0.70, 0.95, 0.90, 0.85, 0.75, 0.80, 0.92, 0.80, 1.5, 0.3, 0.6, 0.20, 0.08, 0.05, 0.03, 0.03, 0.02,
            0.08, 0.35, 0.02, 0.50, 0.10, 0.03, 0.03, 0.30, 0.20, true, 0.90);

    public ScoringSettings {
        if (!(0 < possibleThreshold && possibleThreshold <= strongThreshold && strongThreshold <= 1)) {
            throw new IllegalArgumentException("need 0 < possibleThreshold <= strongThreshold <= 1");
        }
        if (spellingDifferenceCost < 0) {
            throw new IllegalArgumentException("spellingDifferenceCost must not be negative");
        }
        if (!(strongThreshold <= evidenceKnee && evidenceKnee < 1)) {
            throw new IllegalArgumentException("need strongThreshold <= evidenceKnee < 1");
        }
        for (double similarity : new double[] {
            skeletonSimilarity,
            equivalenceSimilarity,
            phoneticSimilarity,
            initialSimilarity,
            truncationSimilarity,
            thaiVariantSimilarity,
            minimumWordSimilarity,
            particleWeight,
            coverageShare,
            conflictingWordPenalty
        }) {
            if (similarity < 0 || similarity > 1) {
                throw new IllegalArgumentException("similarities, weights and shares must be within [0, 1]");
            }
        }
    }

    /** These settings with {@link #strongNeedsQualifier()} set to {@code value}. */
    public ScoringSettings withStrongNeedsQualifier(boolean value) {
        return new ScoringSettings(
                strongThreshold,
                possibleThreshold,
                skeletonSimilarity,
                equivalenceSimilarity,
                phoneticSimilarity,
                initialSimilarity,
                truncationSimilarity,
                thaiVariantSimilarity,
                minimumWordSimilarity,
                spellingDifferenceCost,
                particleWeight,
                coverageShare,
                conflictingWordPenalty,
                dobExactBonus,
                dobYearMonthBonus,
                dobYearBonus,
                dobDayMonthSwapBonus,
                dobApproximateBonus,
                dobNearMissPenalty,
                dobMismatchPenalty,
                dobPenaltyPerYear,
                dobFarPenalty,
                sexMismatchPenalty,
                nationalityOverlapBonus,
                nationalityMismatchPenalty,
                documentExactBonus,
                documentOcrBonus,
                value,
                evidenceKnee);
    }

    /**
     * The score of a sum of evidence: the sum itself up to {@link #evidenceKnee()}, then compressed so that it
     * approaches 1 without reaching it, never 0 below. A perfect name with an exact date of birth and the same
     * passport scores higher than the same name and date alone, so that the document breaks the tie.
     */
    public double scoreOf(double evidence) {
        if (evidence <= evidenceKnee) {
            return Math.max(0.0, evidence);
        }
        double room = 1 - evidenceKnee;
        return evidenceKnee + room * (1 - Math.exp(-(evidence - evidenceKnee) / room));
    }

    /**
     * The band of a score, given whether a qualifier (date of birth or document number) agrees: without one, and
     * with {@link #strongNeedsQualifier()} on, a strong score is only {@link MatchBand#POSSIBLE}.
     */
    public MatchBand bandOf(double score, boolean qualifierAgrees) {
        MatchBand band = bandOf(score);
        return band == MatchBand.STRONG && strongNeedsQualifier && !qualifierAgrees ? MatchBand.POSSIBLE : band;
    }

    /** The lowest score that reaches {@code band}: everything reaches {@link MatchBand#WEAK}. */
    public double floorOf(MatchBand band) {
        return switch (band) {
            case STRONG -> strongThreshold;
            case POSSIBLE -> possibleThreshold;
            case WEAK -> Double.NEGATIVE_INFINITY;
        };
    }

    /** The band of a score under these thresholds alone, before the qualifier rule. */
    public MatchBand bandOf(double score) {
        if (score >= strongThreshold) {
            return MatchBand.STRONG;
        }
        return score >= possibleThreshold ? MatchBand.POSSIBLE : MatchBand.WEAK;
    }
}

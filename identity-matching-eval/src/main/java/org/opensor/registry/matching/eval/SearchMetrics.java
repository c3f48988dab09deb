package org.opensor.registry.matching.eval;

import java.util.List;

/**
 * Search quality over labelled queries. Each query returns hits ranked best first; a hit is right when its id is
 * the query's expected id (a query may expect none: the person is not in the registry).
 *
 * <ul>
 *   <li>recall@k: share of queries with an expected id whose id is among the first k hits;</li>
 *   <li>recall@10 counting ties: as recall@10, and also found when the id comes later with the same score as
 *       the tenth hit: namesakes the query cannot tell apart (no birth date given), whose order among themselves
 *       is arbitrary;</li>
 *   <li>precision, recall, F1 at the threshold: a hit at or above the threshold is a positive, right or wrong;
 *       a query whose expected id has no hit at or above the threshold is a false negative;</li>
 *   <li>sought in the alerting bands: share of queries with an expected id whose registrant came back at or above
 *       the threshold (POSSIBLE or STRONG, which border screening raises): the recall at the threshold, by query;</li>
 *   <li>strangers raised: share of queries for people not in the registry with any hit at or above the threshold,
 *       the false alarms an officer would have to clear;</li>
 *   <li>precision at STRONG: share of hits in the strong band (for a matcher without bands: at or above the strong threshold) that are right.</li>
 * </ul>
 */
final class SearchMetrics {

    /**
     * One returned hit.
     *
     * @param strong whether the matcher put the hit in its strong band, or null for a matcher without bands (the
     *               baseline), whose hits count as strong from the strong threshold
     */
    record Hit(String id, double score, Boolean strong) {

        Hit(String id, double score) {
            this(id, score, null);
        }
    }

    private final double threshold;
    private final double strongThreshold;
    private int queriesWithTruth;
    private int foundAt1;
    private int foundAt10;
    private int foundAt10OrTied;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int strongRight;
    private int strongWrong;
    private int soughtAlerted;
    private int strangers;
    private int strangersAlarmed;

    SearchMetrics(double threshold, double strongThreshold) {
        this.threshold = threshold;
        this.strongThreshold = strongThreshold;
    }

    /** Records one query's hits, ranked best first, and the id it should find, or null. */
    void add(List<Hit> ranked, String expectedId) {
        boolean foundAboveThreshold = false;
        for (int rank = 0; rank < ranked.size(); rank++) {
            Hit hit = ranked.get(rank);
            boolean right = hit.id().equals(expectedId);
            if (right && rank < 1) {
                foundAt1++;
            }
            if (right && rank < 10) {
                foundAt10++;
            }
            if (right && (rank < 10 || hit.score() >= ranked.get(9).score())) {
                foundAt10OrTied++;
            }
            if (hit.score() >= threshold) {
                if (right) {
                    truePositives++;
                    foundAboveThreshold = true;
                } else {
                    falsePositives++;
                }
            }
            if (hit.strong() != null ? hit.strong() : hit.score() >= strongThreshold) {
                if (right) {
                    strongRight++;
                } else {
                    strongWrong++;
                }
            }
        }
        if (expectedId != null) {
            queriesWithTruth++;
            if (foundAboveThreshold) {
                soughtAlerted++;
            } else {
                falseNegatives++;
            }
        } else {
            strangers++;
            if (!ranked.isEmpty() && ranked.stream().anyMatch(hit -> hit.score() >= threshold)) {
                strangersAlarmed++;
            }
        }
    }

    double recallAt1() {
        return ratio(foundAt1, queriesWithTruth);
    }

    double recallAt10() {
        return ratio(foundAt10, queriesWithTruth);
    }

    double recallAt10CountingTies() {
        return ratio(foundAt10OrTied, queriesWithTruth);
    }

    /** Share of the queries with a registrant to find that got it at or above the threshold (POSSIBLE or STRONG). */
    double soughtAlerted() {
        return ratio(soughtAlerted, queriesWithTruth);
    }

    /** How many queries were for people not in the registry. */
    int strangers() {
        return strangers;
    }

    /** Share of the queries for people not in the registry that got any hit at or above the threshold. */
    double strangersAlarmed() {
        return ratio(strangersAlarmed, strangers);
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double strongPrecision() {
        return ratio(strongRight, strongRight + strongWrong);
    }

    /** Share of the queries with a registrant to find whose registrant came back in the strong band. */
    double strongRecall() {
        return ratio(strongRight, queriesWithTruth);
    }

    int strongHits() {
        return strongRight + strongWrong;
    }

    int queriesWithTruth() {
        return queriesWithTruth;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}

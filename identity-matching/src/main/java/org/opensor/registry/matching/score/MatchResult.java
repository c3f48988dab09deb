package org.opensor.registry.matching.score;

import java.util.List;

/**
 * The outcome of comparing a query with one candidate.
 *
 * @param score   similarity in [0, 1]
 * @param band    the band of the score
 * @param reasons plain-English statements an officer can check against the record, e.g.
 *                {@code "family name CHANN ≈ CHAN: doubled final consonant"}; name reasons come first
 */
public record MatchResult(double score, MatchBand band, List<String> reasons) {

    public MatchResult {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
        reasons = List.copyOf(reasons);
    }
}

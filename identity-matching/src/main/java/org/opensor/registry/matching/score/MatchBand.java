package org.opensor.registry.matching.score;

/**
 * How an officer should treat a hit. The thresholds are {@link ScoringSettings#strongThreshold()} (0.85 by
 * default) and {@link ScoringSettings#possibleThreshold()} (0.70 by default).
 */
public enum MatchBand {
    /** Score at or above the strong threshold: very likely the same person; check the reasons and act. */
    STRONG,
    /** Score at or above the possible threshold: may be the same person; needs more information. */
    POSSIBLE,
    /** Below the possible threshold: shown only for completeness, most likely another person. */
    WEAK
}

package org.opensor.registry.matching.score;

/** What one qualifier adds to or takes from the name score, and why. */
record Adjustment(double delta, String reason) {
}

package org.opensor.registry.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.eval.SearchMetrics.Hit;

class SearchMetricsTest {

    /**
     * Four queries: A found first and strong; B found third (within 10) above threshold, with a wrong strong hit
     * first; C ranked first but below the threshold; a stranger with one wrong hit above threshold.
     */
    private static SearchMetrics handMade() {
        SearchMetrics m = new SearchMetrics(0.70, 0.85);
        m.add(List.of(new Hit("a", 0.95), new Hit("x", 0.40)), "a");
        m.add(List.of(new Hit("y", 0.90), new Hit("z", 0.60), new Hit("b", 0.75)), "b");
        m.add(List.of(new Hit("c", 0.50)), "c");
        m.add(List.of(new Hit("w", 0.72)), null);
        return m;
    }

    @Test
    void recallAtOneAndAtTen() {
        SearchMetrics m = handMade();

        assertThat(m.queriesWithTruth()).isEqualTo(3);
        // Rank counts, not the threshold: A and C are first, B is third.
        assertThat(m.recallAt1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.recallAt10()).isEqualTo(1.0);
    }

    @Test
    void aRegistrantTiedWithTheTenthHitCountsAsFoundOnlyWhenTiesAreCounted() {
        SearchMetrics m = new SearchMetrics(0.70, 0.85);
        List<Hit> namesakes = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            namesakes.add(new Hit("n" + i, 0.90));
        }
        namesakes.add(new Hit("t", 0.90)); // thirteenth, same score as the tenth
        m.add(namesakes, "t");
        m.add(
                List.of(
                        new Hit("a", 0.95),
                        new Hit("b", 0.95),
                        new Hit("c", 0.95),
                        new Hit("d", 0.95),
                        new Hit("e", 0.95),
                        new Hit("f", 0.95),
                        new Hit("g", 0.95),
                        new Hit("h", 0.95),
                        new Hit("i", 0.95),
                        new Hit("j", 0.95),
                        new Hit("u", 0.80)),
                "u"); // eleventh and below the tenth: not found either way

        assertThat(m.recallAt10()).isZero();
        assertThat(m.recallAt10CountingTies()).isEqualTo(0.5);
    }

    @Test
    void precisionRecallAndF1AtTheThreshold() {
        SearchMetrics m = handMade();

        // Above 0.70: a (right), y (wrong), b (right), w (wrong); c is missed.
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.f1()).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), within(1e-9));
    }

    @Test
    void theSoughtInTheAlertingBandsAndTheStrangersRaised() {
        SearchMetrics m = handMade();
        m.add(List.of(new Hit("v", 0.65)), null);

        // A and B came back at or above the possible threshold, C below it.
        assertThat(m.soughtAlerted()).isCloseTo(2.0 / 3, within(1e-9));
        // One of the two strangers had a hit at or above the possible threshold.
        assertThat(m.strangers()).isEqualTo(2);
        assertThat(m.strangersAlarmed()).isEqualTo(0.5);
    }

    @Test
    void precisionInTheStrongBand() {
        SearchMetrics m = handMade();

        assertThat(m.strongHits()).isEqualTo(2);
        assertThat(m.strongPrecision()).isEqualTo(0.5);
    }

    @Test
    void emptyMetricsAreZeroNotNaN() {
        SearchMetrics m = new SearchMetrics(0.70, 0.85);

        assertThat(m.precision()).isZero();
        assertThat(m.recall()).isZero();
        assertThat(m.f1()).isZero();
        assertThat(m.recallAt10()).isZero();
    }
}

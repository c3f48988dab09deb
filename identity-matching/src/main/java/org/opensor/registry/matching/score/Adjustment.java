package org.opensor.registry.matching.score;

import java.util.function.Supplier;

/**
 * What one qualifier adds to or takes from the name score, and why. The why is worded only when someone reads it:
 * a search scores a hundred candidates in every reading of every name and explains only the hits it returns.
 */
final class Adjustment {

    private final double delta;
    private final Supplier<String> why;

    Adjustment(double delta, String reason) {
        this(delta, () -> reason);
    }

    Adjustment(double delta, Supplier<String> why) {
        this.delta = delta;
        this.why = why;
    }

    double delta() {
        return delta;
    }

    String reason() {
        return why.get();
    }
}

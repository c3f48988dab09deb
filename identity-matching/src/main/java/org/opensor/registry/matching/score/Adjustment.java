package org.opensor.registry.matching.score;

import java.util.function.Supplier;

/**
 * What one qualifier adds to or takes from the name score, and why. The why is worded only when someone reads it:
 * a search scores a hundred candidates in every reading of every name and explains only the hits it returns.
 */
final class Adjustment {

    private final double delta;
    private final Supplier<Reason> why;
    private final boolean confirms;
    private final boolean nearly;

    Adjustment(double delta, Reason reason) {
        this(delta, () -> reason);
    }

    Adjustment(double delta, Supplier<Reason> why) {
        this(delta, why, false);
    }

    /** @param confirms whether this agreement alone can confirm a name (a full date of birth, a document number) */
    Adjustment(double delta, Supplier<Reason> why, boolean confirms) {
        this(delta, why, confirms, false);
    }

    /** @param nearly whether the two sides nearly agree (a document number one typing slip off) */
    Adjustment(double delta, Supplier<Reason> why, boolean confirms, boolean nearly) {
        this.delta = delta;
        this.why = why;
        this.confirms = confirms;
        this.nearly = nearly;
    }

    boolean nearly() {
        return nearly;
    }

    double delta() {
        return delta;
    }

    /**
     * True for an agreement that tells one person from a namesake: a full date of birth (also with day and month
     * swapped) or a document number. A birth year, or year and month, is shared by too many people with a common
     * name once the registry holds tens of thousands.
     */
    boolean confirms() {
        return confirms;
    }

    Reason reason() {
        return why.get();
    }
}

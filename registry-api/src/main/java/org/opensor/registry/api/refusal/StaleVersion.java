package org.opensor.registry.api.refusal;

/** A write based on a version that is no longer the current one: someone else changed the record meanwhile. */
public class StaleVersion extends RuntimeException {

    private final long expected;
    private final long current;

    public StaleVersion(long expected, long current) {
        super("The record is at version " + current + ", the change was based on version " + expected
                + ". Read it again and reapply the change.");
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}

package org.opensor.registry.api.decree;

/** Where a decree line stands with the registry. */
public enum LinkState {
    /** The matcher linked it on its own (one strong hit, clearly ahead); applied unless the clerk rejects it. */
    AUTO_LINKED,
    /** The matcher proposes a registrant the clerk must confirm or reject before the decree can be applied. */
    UNCERTAIN,
    /** Nobody in the registry resembles the line closely enough: nothing is recorded for it. */
    NOT_IN_REGISTRY,
    /** The clerk confirmed the link (possibly to another registrant than proposed). */
    CONFIRMED,
    /** The clerk rejected the link: nothing is recorded for the line. */
    REJECTED;

    /** Whether applying the decree records a custody event for a line in this state. */
    public boolean applies() {
        return this == AUTO_LINKED || this == CONFIRMED;
    }
}

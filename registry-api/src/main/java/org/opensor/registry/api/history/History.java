package org.opensor.registry.api.history;

import java.util.List;
import java.util.UUID;

/** The append-only history of registrants. */
public interface History {

    void append(HistoryEntry entry);

    /** Every entry of one registrant, oldest first. */
    List<HistoryEntry> of(UUID registrantId);
}

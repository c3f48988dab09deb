package org.opensor.registry.api.registrant.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every change of a registrant, oldest first. */
public record HistoryResponse(UUID registrantId, List<Entry> entries) {

    /** One change: the version it produced, who, when, why, and field by field what changed. */
    public record Entry(
            long version,
            Instant at,
            String actor,
            String action,
            String reason,
            String summary,
            List<Change> changes) {}

    public record Change(String field, String before, String after) {}
}

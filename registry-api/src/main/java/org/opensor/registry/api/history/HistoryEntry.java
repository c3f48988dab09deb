package org.opensor.registry.api.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of a registrant, kept for good: who, when, why, what. Corrections are new entries, never edits.
 *
 * @param version the registrant version this change produced
 * @param action  what happened, e.g. {@code REGISTERED}, {@code IDENTITY_CHANGED}, {@code CUSTODY_EVENT_RECORDED}
 * @param reason  why, as the actor gave it, or null
 * @param summary the change in words
 * @param changes field by field, the values before and after
 */
public record HistoryEntry(
        UUID registrantId,
        long version,
        Instant at,
        String actor,
        String action,
        String reason,
        String summary,
        List<FieldChange> changes) {

    public HistoryEntry {
        Objects.requireNonNull(registrantId, "registrantId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}

package org.opensor.registry.api.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opensor.registry.api.refusal.RefusedTransition;

/**
 * A compliance task for the police unit that owns the registrant.
 *
 * @param sourceKey  what the task is about: the travel notice's id, or the registrant and the verification due date
 * @param owningUnit the unit responsible (the district of residence when the task opened), or null when unknown
 * @param detail     what was found, in words, without personal data beyond the record it names
 * @param dueBy      when the police should have acted
 */
public record ComplianceTask(
        UUID id,
        UUID registrantId,
        TaskKind kind,
        String sourceKey,
        String owningUnit,
        String detail,
        LocalDate dueBy,
        State state,
        long version,
        String assignedTo,
        String assignedBy,
        Instant assignedAt,
        ClosureReason closureReason,
        String closureNote,
        String closedBy,
        Instant closedAt,
        String openedBy,
        Instant openedAt) {

    public enum State {
        OPEN,
        ASSIGNED,
        CLOSED
    }

    public static ComplianceTask open(
            UUID registrantId,
            TaskKind kind,
            String sourceKey,
            String owningUnit,
            String detail,
            LocalDate dueBy,
            String openedBy,
            Instant now) {
        return new ComplianceTask(
                UUID.randomUUID(),
                registrantId,
                kind,
                sourceKey,
                owningUnit,
                detail,
                dueBy,
                State.OPEN,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                openedBy,
                now);
    }

    /** @throws RefusedTransition once closed */
    public ComplianceTask assignedTo(String officer, String actor, Instant now) {
        if (state == State.CLOSED) {
            throw new RefusedTransition("state", "task-open", state.name(), "the task is closed");
        }
        return new ComplianceTask(
                id,
                registrantId,
                kind,
                sourceKey,
                owningUnit,
                detail,
                dueBy,
                State.ASSIGNED,
                version + 1,
                officer,
                actor,
                now,
                null,
                null,
                null,
                null,
                openedBy,
                openedAt);
    }

    /** @throws RefusedTransition once closed */
    public ComplianceTask closed(ClosureReason reason, String note, String actor, Instant now) {
        if (state == State.CLOSED) {
            throw new RefusedTransition("state", "task-open", state.name(), "the task is closed already");
        }
        return new ComplianceTask(
                id,
                registrantId,
                kind,
                sourceKey,
                owningUnit,
                detail,
                dueBy,
                State.CLOSED,
                version + 1,
                assignedTo,
                assignedBy,
                assignedAt,
                reason,
                note,
                actor,
                now,
                openedBy,
                openedAt);
    }
}

package org.opensor.registry.api.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.opensor.registry.api.refusal.RefusedTransition;

/**
 * A registrant's declared trip as it now stands. Amending replaces the plan and raises the version (the ETag);
 * a cancelled notice can be neither amended nor cancelled again.
 *
 * @param late true when the notice came inside the notice period before departure
 */
public record TravelNotice(
        UUID id,
        UUID registrantId,
        long version,
        TravelNoticeState state,
        TravelPlan plan,
        boolean late,
        String declaredBy,
        Instant declaredAt,
        String updatedBy,
        Instant updatedAt,
        String cancellationReason,
        Instant cancelledAt) {

    public TravelNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registrantId, "registrantId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plan, "plan");
    }

    static TravelNotice declare(UUID registrantId, TravelPlan plan, boolean late, String actor, Instant at) {
        return new TravelNotice(
                UUID.randomUUID(),
                registrantId,
                1,
                TravelNoticeState.DECLARED,
                plan,
                late,
                actor,
                at,
                actor,
                at,
                null,
                null);
    }

    TravelNotice amend(TravelPlan newPlan, boolean nowLate, String actor, Instant at) {
        requireDeclared("amend");
        return new TravelNotice(
                id, registrantId, version + 1, state, newPlan, nowLate, declaredBy, declaredAt, actor, at, null, null);
    }

    TravelNotice cancel(String reason, String actor, Instant at) {
        requireDeclared("cancel");
        return new TravelNotice(
                id,
                registrantId,
                version + 1,
                TravelNoticeState.CANCELLED,
                plan,
                late,
                declaredBy,
                declaredAt,
                actor,
                at,
                reason,
                at);
    }

    /** The day the notice was first declared, in UTC: lateness of an amendment is judged from it. */
    LocalDate declaredOn() {
        return LocalDate.ofInstant(declaredAt, java.time.ZoneOffset.UTC);
    }

    private void requireDeclared(String what) {
        if (state == TravelNoticeState.CANCELLED) {
            throw new RefusedTransition(
                    "state",
                    "notice-cancelled",
                    state.name(),
                    "Travel notice " + id + " is cancelled; it cannot " + what + ". Declare a new notice instead.");
        }
    }
}

package org.opensor.registry.api.deregistration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.opensor.registry.api.refusal.FourEyesRefused;
import org.opensor.registry.api.refusal.RefusedTransition;

/**
 * A de-registration decision: proposed with a reason and a note by one account, approved by a court clerk of another.
 * Only an approved decision withdraws the record.
 *
 * @param approvedBy null while proposed
 * @param approvedAt null while proposed
 */
public record Deregistration(
        UUID id,
        UUID registrantId,
        DeregistrationReason reason,
        String note,
        State state,
        String proposedBy,
        Instant proposedAt,
        String approvedBy,
        Instant approvedAt) {

    public enum State {
        PROPOSED,
        APPROVED
    }

    public Deregistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registrantId, "registrantId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
    }

    public static Deregistration proposed(
            UUID registrantId, DeregistrationReason reason, String note, String proposer, Instant now) {
        return new Deregistration(
                UUID.randomUUID(), registrantId, reason, note, State.PROPOSED, proposer, now, null, null);
    }

    /**
     * @throws FourEyesRefused when {@code approver} proposed it
     * @throws RefusedTransition when it is approved already
     */
    public Deregistration approvedBy(String approver, Instant now) {
        if (state != State.PROPOSED) {
            throw new RefusedTransition(
                    "state", "deregistration-proposed", state.name(), "The de-registration is approved already.");
        }
        if (approver.equals(proposedBy)) {
            throw new FourEyesRefused("A de-registration is approved by another court clerk than the account that"
                    + " proposed it (four eyes): " + approver + " proposed this one.");
        }
        return new Deregistration(
                id, registrantId, reason, note, State.APPROVED, proposedBy, proposedAt, approver, now);
    }

    /** The reason and note as the registration's policy note and the history keep them. */
    public String summary() {
        return reason + " (" + note + "), proposed by " + proposedBy + ", approved by " + approvedBy;
    }
}

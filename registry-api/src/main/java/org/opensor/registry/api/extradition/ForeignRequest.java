package org.opensor.registry.api.extradition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opensor.registry.api.refusal.RefusedTransition;

/**
 * A foreign state's request or notice for a person in Cambodia.
 *
 * @param subjectId               the person: a registrant's id or an accused's subject id
 * @param mappedOffenceId         the Cambodian statute of the library the foreign offence corresponds to (double
 *                                criminality), or null while nobody has mapped it
 * @param foreignMaxPenaltyMonths the maximum imprisonment the requesting state's law provides, or null when unknown
 */
public record ForeignRequest(
        UUID id,
        UUID subjectId,
        UUID registrantId,
        long version,
        Kind kind,
        String requestingState,
        String offence,
        String mappedOffenceId,
        Integer foreignMaxPenaltyMonths,
        String reference,
        String interpolNotice,
        LocalDate receivedOn,
        boolean open,
        LocalDate closedOn,
        String closureReason,
        String recordedBy,
        Instant recordedAt,
        String updatedBy,
        Instant updatedAt) {

    public enum Kind {
        EXTRADITION_REQUEST,
        PROVISIONAL_ARREST_REQUEST,
        INTERPOL_RED_NOTICE,
        INTERPOL_DIFFUSION
    }

    /** @throws RefusedTransition when already closed */
    public ForeignRequest closed(LocalDate on, String reason, String actor, Instant now) {
        if (!open) {
            throw new RefusedTransition("state", "open-request", "CLOSED", "the request is already closed");
        }
        return new ForeignRequest(
                id,
                subjectId,
                registrantId,
                version + 1,
                kind,
                requestingState,
                offence,
                mappedOffenceId,
                foreignMaxPenaltyMonths,
                reference,
                interpolNotice,
                receivedOn,
                false,
                on,
                reason,
                recordedBy,
                recordedAt,
                actor,
                now);
    }
}

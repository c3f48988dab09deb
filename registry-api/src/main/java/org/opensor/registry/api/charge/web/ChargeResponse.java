package org.opensor.registry.api.charge.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.charge.Accused;
import org.opensor.registry.api.charge.BailCondition;
import org.opensor.registry.api.charge.BailDecision;
import org.opensor.registry.api.charge.Charge;
import org.opensor.registry.api.charge.ChargeOutcome;

/**
 * A charge as court clerks and police read it.
 *
 * @param subjectId the accused person (the registrant's id when linked)
 * @param travelBan whether the court ordered the accused not to leave Cambodia, and whether that still holds
 * @param outcome   {@code CONVICTED}, {@code ACQUITTED} or {@code DISMISSED}; null while the case is open
 */
record ChargeResponse(
        UUID id,
        UUID subjectId,
        UUID registrantId,
        long version,
        Accused accused,
        String court,
        String caseNumber,
        String offence,
        LocalDate chargedOn,
        BailDecision bail,
        List<BailCondition> bailConditions,
        TravelBan travelBan,
        ChargeOutcome outcome,
        LocalDate outcomeOn,
        String recordedBy,
        Instant recordedAt,
        String updatedBy,
        Instant updatedAt) {

    /**
     * @param ordered   the bail conditions include {@code PROHIBITED_FROM_LEAVING_CAMBODIA}
     * @param inForce   the accused is stopped at the border today
     * @param endedOn   when the verdict or a court order ended it
     * @param endReason {@code verdict: ...} or {@code court order: ...}
     */
    record TravelBan(boolean ordered, boolean inForce, LocalDate endedOn, String endReason) {}

    static ChargeResponse of(Charge c) {
        return new ChargeResponse(
                c.id(),
                c.subjectId(),
                c.registrantId(),
                c.version(),
                c.accused(),
                c.court(),
                c.caseNumber(),
                c.offence(),
                c.chargedOn(),
                c.bail(),
                c.bailConditions(),
                new TravelBan(c.travelBanOrdered(), c.travelBanInForce(), c.travelBanEndedOn(), c.travelBanEndReason()),
                c.outcome(),
                c.outcomeOn(),
                c.recordedBy(),
                c.recordedAt(),
                c.updatedBy(),
                c.updatedAt());
    }
}

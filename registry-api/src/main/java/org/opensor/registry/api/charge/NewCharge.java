package org.opensor.registry.api.charge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A charge as the clerk enters it, checked by {@link ChargeService#record}.
 *
 * @param registrantId link to a registrant, or null
 * @param subjectId    link to the accused of an earlier charge (when not a registrant), or null for a new person
 */
public record NewCharge(
        UUID registrantId,
        UUID subjectId,
        Accused accused,
        String court,
        String caseNumber,
        String offence,
        LocalDate chargedOn,
        BailDecision bail,
        List<BailCondition> bailConditions) {}

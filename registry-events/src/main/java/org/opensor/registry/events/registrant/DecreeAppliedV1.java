package org.opensor.registry.events.registrant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A pardon or sentence-reduction decree was applied to one beneficiary (registry-api, decree apply); one event per
 * confirmed line, written after the line's custody event in the same transaction. JSON schema:
 * {@code schemas/decree-applied.v1.json}. Kafka key = registrantId.
 *
 * @param decreeId                  the decree's id in the registry
 * @param decreeNumber              the decree's number as signed, e.g. {@code NS/RKT/0213/120}
 * @param decreeDate                the date the decree was signed
 * @param occasion                  the occasion named by the decree (e.g. Khmer New Year), or null
 * @param kind                      {@code PARDON} or {@code REDUCTION}
 * @param reductionMonths           for a reduction: the months taken off the sentence; null for a pardon
 * @param registrantId              the beneficiary
 * @param custodyEventId            the custody event recorded for this beneficiary
 * @param releaseDate               when the beneficiary leaves custody because of the decree (today for a pardon that
 *                                  frees, the recomputed end of sentence for a reduction), or null when not known or not released
 * @param childSexOffence           whether a conviction of the beneficiary is a sexual offence against a child
 * @param deportationDecisionNeeded whether the beneficiary is a foreign national whose release needs a deportation decision
 * @param wantedElsewhere           whether a foreign request for the beneficiary was open when the decree was applied
 * @param appliedAt                 when the decree was applied
 */
public record DecreeAppliedV1(
        UUID decreeId,
        String decreeNumber,
        LocalDate decreeDate,
        String occasion,
        String kind,
        Integer reductionMonths,
        UUID registrantId,
        UUID custodyEventId,
        LocalDate releaseDate,
        boolean childSexOffence,
        boolean deportationDecisionNeeded,
        boolean wantedElsewhere,
        Instant appliedAt) {

    public DecreeAppliedV1 {
        Objects.requireNonNull(decreeId, "decreeId is required");
        Objects.requireNonNull(decreeNumber, "decreeNumber is required");
        Objects.requireNonNull(decreeDate, "decreeDate is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(custodyEventId, "custodyEventId is required");
        Objects.requireNonNull(appliedAt, "appliedAt is required");
    }
}

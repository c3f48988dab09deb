package org.opensor.registry.events.travel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Border screening matched a traveller to a person a court has prohibited from leaving the country (a charge with a
 * travel ban in force), registrant or not. JSON schema: {@code schemas/travel-ban-hit.v1.json}. Carries only what the
 * border needs to stop the traveller: the court and case, never the offence or the other bail conditions.
 *
 * @param hitId        id of the hit
 * @param subjectId    the person (the registrant's id when the accused is a registrant); also the Kafka key
 * @param registrantId the registrant, or null when the accused is not on the register
 * @param chargeId     the charge whose bail conditions hold the travel ban
 * @param court        the court that imposed the ban, e.g. {@code Phnom Penh Municipal Court}
 * @param caseNumber   the court's case number
 * @param borderPost   code of the border post or airport that screened, e.g. {@code PNH}
 * @param country      ISO 3166-1 alpha-3 code of the country of that border post
 * @param direction    {@code DEPARTURE} or {@code ARRIVAL}
 * @param matchBand    how strong the identity match is: {@code STRONG} or {@code POSSIBLE}
 * @param observedAt   when the traveller was screened
 */
public record TravelBanHitV1(
        UUID hitId,
        UUID subjectId,
        UUID registrantId,
        UUID chargeId,
        String court,
        String caseNumber,
        String borderPost,
        String country,
        String direction,
        String matchBand,
        Instant observedAt) {

    public TravelBanHitV1 {
        Objects.requireNonNull(hitId, "hitId is required");
        Objects.requireNonNull(subjectId, "subjectId is required");
        Objects.requireNonNull(chargeId, "chargeId is required");
        Objects.requireNonNull(court, "court is required");
        Objects.requireNonNull(caseNumber, "caseNumber is required");
        Objects.requireNonNull(borderPost, "borderPost is required");
        Objects.requireNonNull(country, "country is required");
        Objects.requireNonNull(direction, "direction is required");
        Objects.requireNonNull(matchBand, "matchBand is required");
        Objects.requireNonNull(observedAt, "observedAt is required");
    }
}

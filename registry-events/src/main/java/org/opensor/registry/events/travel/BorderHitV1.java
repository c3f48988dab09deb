package org.opensor.registry.events.travel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Border screening (one traveller or a manifest) matched a traveller to a registrant. JSON schema:
 * {@code schemas/travel-border-hit.v1.json}.
 *
 * @param hitId        id of the hit
 * @param registrantId the registrant matched (also the Kafka key)
 * @param borderPost   code of the border post or airport that screened, e.g. {@code PNH}
 * @param country      ISO 3166-1 alpha-3 code of the country of that border post
 * @param direction    {@code DEPARTURE} or {@code ARRIVAL}
 * @param matchBand    how strong the identity match is: {@code STRONG}, {@code POSSIBLE} or {@code WEAK}
 * @param observedAt   when the traveller was screened
 */
public record BorderHitV1(
        UUID hitId,
        UUID registrantId,
        String borderPost,
        String country,
        String direction,
        String matchBand,
        Instant observedAt) {

    public BorderHitV1 {
        Objects.requireNonNull(hitId, "hitId is required");
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(borderPost, "borderPost is required");
        Objects.requireNonNull(country, "country is required");
        Objects.requireNonNull(direction, "direction is required");
        Objects.requireNonNull(matchBand, "matchBand is required");
        Objects.requireNonNull(observedAt, "observedAt is required");
    }
}

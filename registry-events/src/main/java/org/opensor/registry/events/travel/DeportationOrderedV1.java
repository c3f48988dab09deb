package org.opensor.registry.events.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A deportation was ordered: the states of nationality are told, with the rationale and, when known, the itinerary.
 * JSON schema: {@code schemas/deportation-ordered.v1.json}.
 *
 * @param orderId        id of the order
 * @param registrantId   the registrant (also the Kafka key)
 * @param nationalities  ISO 3166-1 alpha-3 codes of the person's nationalities: the liaisons told
 * @param orderReference the order's number and authority
 * @param orderedOn      the day of the order
 * @param dueBy          the day the person must have left; no exit by then raises an alert
 * @param rationale      why, in words, as the order states it
 * @param itinerary      the planned departure, or null when not known yet
 * @param orderedAt      when it was recorded
 */
public record DeportationOrderedV1(
        UUID orderId,
        UUID registrantId,
        List<String> nationalities,
        String orderReference,
        LocalDate orderedOn,
        LocalDate dueBy,
        String rationale,
        Itinerary itinerary,
        Instant orderedAt) {

    public DeportationOrderedV1 {
        Objects.requireNonNull(orderId, "orderId is required");
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(nationalities, "nationalities is required");
        Objects.requireNonNull(orderReference, "orderReference is required");
        Objects.requireNonNull(orderedOn, "orderedOn is required");
        Objects.requireNonNull(dueBy, "dueBy is required");
        Objects.requireNonNull(rationale, "rationale is required");
        Objects.requireNonNull(orderedAt, "orderedAt is required");
        nationalities = List.copyOf(nationalities);
    }

    /**
     * @param departureDate the planned day of departure
     * @param borderPost    the home border post of exit, e.g. {@code PNH}
     * @param carrier       flight or carrier, e.g. {@code TG 585}, or null
     * @param destination   ISO 3166-1 alpha-3 code of the destination
     */
    public record Itinerary(LocalDate departureDate, String borderPost, String carrier, String destination) {

        public Itinerary {
            Objects.requireNonNull(departureDate, "departureDate is required");
            Objects.requireNonNull(borderPost, "borderPost is required");
            Objects.requireNonNull(destination, "destination is required");
        }
    }
}

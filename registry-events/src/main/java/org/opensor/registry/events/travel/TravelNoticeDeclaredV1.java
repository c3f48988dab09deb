package org.opensor.registry.events.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A travel notice as declared (or as it stands after an amendment). JSON schema:
 * {@code schemas/travel-notice-declared.v1.json}. Absent values are left out of the JSON, never written as null.
 *
 * @param noticeId       id of the notice; an amendment carries the same id
 * @param registrantId   the registrant who travels (also the Kafka key)
 * @param departureDate  first day of the trip
 * @param returnDate     last day of the trip, or null for a one-way trip
 * @param departurePoint the home border post or airport of exit (e.g. {@code PNH}), or null when not known
 * @param legs           the itinerary in order, at least one leg
 * @param purpose        purpose of travel in words
 * @param documentType   type of the identity document used, e.g. {@code PASSPORT}
 * @param documentNumber number of the document used, as written on it
 * @param addressAbroad  where the registrant will stay, or null
 * @param late           true when declared inside the notice period (default 21 days before departure)
 * @param declaredAt     when the notice (or amendment) was committed
 */
public record TravelNoticeDeclaredV1(
        UUID noticeId,
        UUID registrantId,
        LocalDate departureDate,
        LocalDate returnDate,
        String departurePoint,
        List<Leg> legs,
        String purpose,
        String documentType,
        String documentNumber,
        String addressAbroad,
        boolean late,
        Instant declaredAt) {

    public TravelNoticeDeclaredV1 {
        Objects.requireNonNull(noticeId, "noticeId is required");
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(departureDate, "departureDate is required");
        Objects.requireNonNull(purpose, "purpose is required");
        Objects.requireNonNull(declaredAt, "declaredAt is required");
        legs = legs == null ? List.of() : List.copyOf(legs);
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("legs must name at least one destination");
        }
    }

    /**
     * One leg of the itinerary.
     *
     * @param country        ISO 3166-1 alpha-3 code of the destination country
     * @param pointOfArrival border post or airport of arrival (e.g. {@code BKK}, {@code POIPET})
     * @param carrier        airline, bus or ship operator and flight number, or null
     * @param arrivalDate    date of arrival, or null when not known
     */
    public record Leg(String country, String pointOfArrival, String carrier, LocalDate arrivalDate) {

        public Leg {
            Objects.requireNonNull(country, "country is required");
            Objects.requireNonNull(pointOfArrival, "pointOfArrival is required");
        }
    }
}

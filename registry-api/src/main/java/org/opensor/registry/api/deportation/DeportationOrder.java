package org.opensor.registry.api.deportation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deportation order with its due date: open until the exit is seen at the border, overdue (once alerted) after.
 *
 * @param itinerary the planned departure, or null while not known
 * @param state     {@code OPEN}, {@code EXECUTED} (exit seen) or {@code OVERDUE} (alerted, still open to an exit)
 */
public record DeportationOrder(
        UUID id,
        UUID registrantId,
        String orderReference,
        LocalDate orderedOn,
        LocalDate dueBy,
        String rationale,
        Itinerary itinerary,
        State state,
        Instant exitSeenAt,
        String recordedBy,
        Instant recordedAt) {

    public enum State {
        OPEN,
        OVERDUE,
        EXECUTED
    }

    /** @param destination ISO 3166-1 alpha-3 */
    public record Itinerary(LocalDate departureDate, String borderPost, String carrier, String destination) {}
}

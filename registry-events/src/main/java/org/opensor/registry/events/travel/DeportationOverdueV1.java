package org.opensor.registry.events.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A deportation's due date passed with no exit seen at the border. JSON schema: {@code schemas/deportation-overdue.v1.json}.
 *
 * @param orderId        the order
 * @param registrantId   the registrant (also the Kafka key)
 * @param orderReference the order's number and authority
 * @param dueBy          the day the person should have left
 * @param borderPost     the planned border post of exit, or null
 * @param detectedAt     when the job found it overdue
 */
public record DeportationOverdueV1(
        UUID orderId,
        UUID registrantId,
        String orderReference,
        LocalDate dueBy,
        String borderPost,
        Instant detectedAt) {

    public DeportationOverdueV1 {
        Objects.requireNonNull(orderId, "orderId is required");
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(orderReference, "orderReference is required");
        Objects.requireNonNull(dueBy, "dueBy is required");
        Objects.requireNonNull(detectedAt, "detectedAt is required");
    }
}

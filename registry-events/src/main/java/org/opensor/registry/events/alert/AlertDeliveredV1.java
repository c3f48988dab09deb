package org.opensor.registry.events.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert reached one subscribed agency (its webhook answered 2xx). JSON schema: {@code schemas/alert-delivered.v1.json}.
 *
 * @param alertId        the alert (also the Kafka key)
 * @param subscriptionId the subscription it was delivered to
 * @param agency         the agency owning that subscription
 * @param webhookId      the {@code webhook-id} the agency saw
 * @param purpose        {@code ISSUED} for the alert itself, {@code ESCALATED} for the escalation to the duty officer
 * @param attempts       how many attempts it took
 * @param deliveredAt    when the agency answered
 */
public record AlertDeliveredV1(
        UUID alertId,
        UUID subscriptionId,
        String agency,
        String webhookId,
        String purpose,
        int attempts,
        Instant deliveredAt) {

    public AlertDeliveredV1 {
        Objects.requireNonNull(alertId, "alertId is required");
        Objects.requireNonNull(subscriptionId, "subscriptionId is required");
        Objects.requireNonNull(agency, "agency is required");
        Objects.requireNonNull(webhookId, "webhookId is required");
        Objects.requireNonNull(purpose, "purpose is required");
        Objects.requireNonNull(deliveredAt, "deliveredAt is required");
    }
}

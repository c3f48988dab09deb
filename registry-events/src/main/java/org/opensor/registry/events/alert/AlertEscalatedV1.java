package org.opensor.registry.events.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert was not acknowledged by its deadline and went to the duty officer. JSON schema:
 * {@code schemas/alert-escalated.v1.json}.
 *
 * @param alertId       the alert (also the Kafka key)
 * @param severity      severity of the alert
 * @param acknowledgeBy the deadline that passed
 * @param escalatedTo   the agencies the escalation was sent to (empty when no duty-officer subscription exists)
 * @param escalatedAt   when it was escalated
 */
public record AlertEscalatedV1(
        UUID alertId, String severity, Instant acknowledgeBy, List<String> escalatedTo, Instant escalatedAt) {

    public AlertEscalatedV1 {
        Objects.requireNonNull(alertId, "alertId is required");
        Objects.requireNonNull(severity, "severity is required");
        Objects.requireNonNull(acknowledgeBy, "acknowledgeBy is required");
        Objects.requireNonNull(escalatedAt, "escalatedAt is required");
        escalatedTo = escalatedTo == null ? List.of() : List.copyOf(escalatedTo);
    }
}

package org.opensor.registry.events.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recipient acknowledged an alert (published by registry-api's alert inbox). JSON schema:
 * {@code schemas/alert-acknowledged.v1.json}.
 *
 * @param alertId        the alert (also the Kafka key)
 * @param acknowledgedBy the agency (and account) that acknowledged, e.g. {@code THA-IMMIGRATION/officer-17}
 * @param note           what the recipient did or will do, or null
 * @param acknowledgedAt when it was acknowledged
 */
public record AlertAcknowledgedV1(UUID alertId, String acknowledgedBy, String note, Instant acknowledgedAt) {

    public AlertAcknowledgedV1 {
        Objects.requireNonNull(alertId, "alertId is required");
        Objects.requireNonNull(acknowledgedBy, "acknowledgedBy is required");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt is required");
    }
}

package org.opensor.registry.notification.adminapi;

import java.time.Instant;
import java.util.UUID;

/**
 * A webhook delivery that gave up after retrying for a day or more.
 *
 * @param webhookId  the {@code webhook-id} it was sent with; a replay sends it again with the same one
 * @param purpose    {@code ISSUED} (the alert) or {@code ESCALATED} (to the duty officer)
 * @param lastStatus the receiver's last HTTP status, or null when it could not be reached
 * @param lastError  why the last attempt failed, without the body sent
 */
public record DeadLetter(
        UUID deliveryId,
        String webhookId,
        UUID alertId,
        UUID subscriptionId,
        String purpose,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant deadAt) {}

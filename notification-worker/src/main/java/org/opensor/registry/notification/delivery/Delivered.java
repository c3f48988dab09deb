package org.opensor.registry.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (in-process, inside the transaction that records it) when a receiver answered 2xx.
 *
 * @param alertId        the alert
 * @param subscriptionId the subscription
 * @param agency         its agency
 * @param webhookId      the webhook-id
 * @param purpose        alert or escalation
 * @param attempts       attempts it took
 * @param at             when
 */
public record Delivered(
        UUID alertId,
        UUID subscriptionId,
        String agency,
        String webhookId,
        Purpose purpose,
        int attempts,
        Instant at) {}

package org.opensor.registry.notification.alert;

import java.time.Clock;
import java.util.UUID;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertDeliveredV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.notification.delivery.Delivered;
import org.opensor.registry.notification.delivery.Purpose;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What happens to an alert after it is issued: delivered, acknowledged. */
@Service
public class AlertLifecycle {

    private final Alerts alerts;
    private final Outbox outbox;
    private final Clock clock;

    AlertLifecycle(Alerts alerts, Outbox outbox, Clock clock) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs inside the dispatcher's transaction that records the delivery. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(Delivered delivered) {
        if (delivered.purpose() == Purpose.ISSUED) {
            alerts.markDelivered(delivered.alertId(), delivered.at());
        }
        outbox.append(
                Topics.ALERTS,
                delivered.alertId().toString(),
                AlertEventTypes.DELIVERED_V1,
                clock.instant(),
                new AlertDeliveredV1(
                        delivered.alertId(),
                        delivered.subscriptionId(),
                        delivered.agency(),
                        delivered.webhookId(),
                        delivered.purpose().name(),
                        delivered.attempts(),
                        delivered.at()));
    }

    /**
     * Records an acknowledgement; escalation stops for this alert.
     *
     * @return false when no unacknowledged alert has this id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean acknowledge(UUID alertId, String by, java.time.Instant at) {
        return alerts.acknowledge(alertId, by, at);
    }
}

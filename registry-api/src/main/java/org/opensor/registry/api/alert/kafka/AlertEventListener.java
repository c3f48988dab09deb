package org.opensor.registry.api.alert.kafka;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opensor.registry.api.alert.AlertService;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertAcknowledgedV1;
import org.opensor.registry.events.alert.AlertDeliveredV1;
import org.opensor.registry.events.alert.AlertEscalatedV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the alert inbox from {@code registry.alerts.v1}, idempotent on {@code ce_id}. A record that cannot be read,
 * of an unknown type, or whose key is not its alert id is malformed and goes to the dead-letter topic (service-support).
 */
@Component
class AlertEventListener {

    private final AlertService alerts;

    AlertEventListener(AlertService alerts) {
        this.alerts = alerts;
    }

    @KafkaListener(topics = Topics.ALERTS, groupId = "registry-api-alert-inbox")
    void on(ConsumerRecord<String, byte[]> record) {
        UUID eventId = CloudEventHeaderReader.eventId(record);
        String type = CloudEventHeaderReader.type(record);
        switch (type) {
            case AlertEventTypes.ISSUED_V1 -> {
                AlertIssuedV1 issued = EventCodec.read(record.value(), AlertIssuedV1.class);
                requireKey(record, issued.alertId());
                alerts.issued(eventId, issued);
            }
            case AlertEventTypes.ESCALATED_V1 -> {
                AlertEscalatedV1 escalated = EventCodec.read(record.value(), AlertEscalatedV1.class);
                requireKey(record, escalated.alertId());
                alerts.escalated(eventId, escalated);
            }
            case AlertEventTypes.DELIVERED_V1 -> {
                AlertDeliveredV1 delivered = EventCodec.read(record.value(), AlertDeliveredV1.class);
                requireKey(record, delivered.alertId());
                alerts.delivered(eventId, delivered.alertId());
            }
            case AlertEventTypes.ACKNOWLEDGED_V1 -> {
                AlertAcknowledgedV1 ack = EventCodec.read(record.value(), AlertAcknowledgedV1.class);
                requireKey(record, ack.alertId());
                alerts.acknowledgedElsewhere(eventId, ack);
            }
            default -> throw new MalformedEventException("unknown event type " + type + " on " + Topics.ALERTS);
        }
    }

    private static void requireKey(ConsumerRecord<String, byte[]> record, UUID alertId) {
        if (record.key() == null || !record.key().equals(alertId.toString())) {
            throw new MalformedEventException("key is not the alertId of the payload");
        }
    }
}

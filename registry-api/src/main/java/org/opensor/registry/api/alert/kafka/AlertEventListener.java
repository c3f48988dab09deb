package org.opensor.registry.api.alert.kafka;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.opensor.registry.api.alert.AlertService;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertAcknowledgedV1;
import org.opensor.registry.events.alert.AlertDeliveredV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.alert.AlertEscalatedV1;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.envelope.CloudEventHeaders;
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
        UUID eventId = eventId(record);
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) {
            throw new MalformedEventException("missing header " + CloudEventHeaders.TYPE);
        }
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

    private static UUID eventId(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        if (id == null) {
            throw new MalformedEventException("missing header " + CloudEventHeaders.ID);
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("header " + CloudEventHeaders.ID + " is not a UUID");
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

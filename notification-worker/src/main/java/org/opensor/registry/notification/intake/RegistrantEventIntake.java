package org.opensor.registry.notification.intake;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes in registrant events once each (idempotent on {@code ce_id}). The notification rules of the travel
 * issue act on what is taken in here; for now the worker records that it saw the event.
 */
@Component
class RegistrantEventIntake {

    private final ReceivedEvents received;
    private final MeterRegistry meters;
    private final Clock clock;

    RegistrantEventIntake(ReceivedEvents received, MeterRegistry meters, Clock clock) {
        this.received = received;
        this.meters = meters;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.REGISTRANTS, groupId = "notification-worker")
    void on(ConsumerRecord<String, byte[]> record) {
        UUID eventId = eventId(record);
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null || record.key() == null) {
            throw new MalformedEventException("missing " + (type == null ? "header " + CloudEventHeaders.TYPE : "key"));
        }
        boolean first = received.recordFirstReceipt(eventId, type, record.key(), record.topic(), record.partition(), record.offset(), clock.instant());
        meters.counter("registry.worker.events", "outcome", first ? "taken-in" : "redelivered").increment();
    }

    private static UUID eventId(ConsumerRecord<?, ?> record) {
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

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package org.opensor.registry.notification.intake;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.MalformedEventException;

/** Reads the CloudEvents headers every consumer needs; a missing id or type makes the event malformed. */
final class EventHeaders {

    private EventHeaders() {
    }

    static UUID eventId(ConsumerRecord<?, ?> record) {
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

    static String type(ConsumerRecord<?, ?> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) {
            throw new MalformedEventException("missing header " + CloudEventHeaders.TYPE);
        }
        return type;
    }

    static String key(ConsumerRecord<String, ?> record) {
        if (record.key() == null) {
            throw new MalformedEventException("missing key");
        }
        return record.key();
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package org.opensor.registry.events.envelope;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads the CloudEvents envelope of a consumed Kafka record, the same way in every consumer: a missing or
 * malformed id, type or key makes the event malformed (it belongs on the dead-letter topic).
 */
public final class CloudEventHeaderReader {

    private CloudEventHeaderReader() {}

    /** The event id ({@link CloudEventHeaders#ID}), every consumer's idempotency key. */
    public static UUID eventId(ConsumerRecord<?, ?> record) {
        String id = required(record, CloudEventHeaders.ID);
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("header " + CloudEventHeaders.ID + " is not a UUID");
        }
    }

    /** The event type ({@link CloudEventHeaders#TYPE}). */
    public static String type(ConsumerRecord<?, ?> record) {
        return required(record, CloudEventHeaders.TYPE);
    }

    /** The record key: the id of the aggregate the event is about. */
    public static String key(ConsumerRecord<String, ?> record) {
        if (record.key() == null) {
            throw new MalformedEventException("missing key");
        }
        return record.key();
    }

    /** A header's value as UTF-8 text (the last one, if repeated), or null when the record lacks it. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(ConsumerRecord<?, ?> record, String name) {
        String value = header(record, name);
        if (value == null) {
            throw new MalformedEventException("missing header " + name);
        }
        return value;
    }
}

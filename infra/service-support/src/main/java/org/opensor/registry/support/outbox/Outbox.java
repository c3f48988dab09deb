package org.opensor.registry.support.outbox;

import java.time.Instant;
import java.util.List;

/** Events to publish, written in the caller's transaction; the relay sends them to Kafka after commit. */
public interface Outbox {

    /**
     * One event to append.
     *
     * @param key     Kafka key: the aggregate id, so consumers see one aggregate's events in order
     * @param payload a registry-events contract record
     */
    record Event(String topic, String key, String eventType, Instant occurredAt, Object payload) {}

    /**
     * @param key     Kafka key: the aggregate id, so consumers see one aggregate's events in order
     * @param payload a registry-events contract record
     */
    void append(String topic, String key, String eventType, Instant occurredAt, Object payload);

    /** Appends {@code events} in their order, as one write where the store allows: a manifest can raise hundreds. */
    default void appendAll(List<Event> events) {
        for (Event event : events) {
            append(event.topic(), event.key(), event.eventType(), event.occurredAt(), event.payload());
        }
    }
}

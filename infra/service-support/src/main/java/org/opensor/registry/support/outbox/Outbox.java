package org.opensor.registry.support.outbox;

import java.time.Instant;

/** Events to publish, written in the caller's transaction; the relay sends them to Kafka after commit. */
public interface Outbox {

    /**
     * @param key     Kafka key: the aggregate id, so consumers see one aggregate's events in order
     * @param payload a registry-events contract record
     */
    void append(String topic, String key, String eventType, Instant occurredAt, Object payload);
}

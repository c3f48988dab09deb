package org.opensor.registry.notification.outbox;

import java.time.Instant;

/** Events to publish, written in the caller's transaction; the relay sends them to Kafka after commit. */
public interface Outbox {

    /**
     * @param key     Kafka key: the aggregate id (the alert), so consumers see one alert's events in order
     * @param payload a registry-events contract record
     */
    void append(String topic, String key, String eventType, Instant occurredAt, Object payload);
}

package org.opensor.registry.events.envelope;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The attributes every event carries besides its payload.
 *
 * @param id      unique event id, the consumers' idempotency key
 * @param type    event type with version suffix
 * @param source  the producing service
 * @param time    when the change happened
 * @param subject the aggregate id, also the Kafka key so that order holds per aggregate
 */
public record EventMetadata(UUID id, String type, String source, Instant time, String subject) {

    public EventMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
    }
}

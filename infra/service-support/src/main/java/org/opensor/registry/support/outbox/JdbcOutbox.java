package org.opensor.registry.support.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.opensor.registry.events.envelope.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox table in PostgreSQL. Refuses to write outside a transaction: an event must share the change's fate. */
class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final OutboxSettings settings;

    JdbcOutbox(JdbcClient jdbc, OutboxSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, String eventType, Instant occurredAt, Object payload) {
        jdbc.sql("""
                insert into %s (event_id, topic, event_key, event_type, source, occurred_at, payload)
                values (:id, :topic, :key, :type, :source, :occurredAt, cast(:payload as jsonb))
                """.formatted(settings.table()))
                .param("id", UUID.randomUUID())
                .param("topic", topic)
                .param("key", key)
                .param("type", eventType)
                .param("source", settings.source())
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("payload", new String(EventCodec.write(payload), java.nio.charset.StandardCharsets.UTF_8))
                .update();
    }
}

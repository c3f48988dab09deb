package org.opensor.registry.api.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.opensor.registry.events.envelope.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox table in PostgreSQL. Refuses to write outside a transaction: an event must share the change's fate. */
@Component
class JdbcOutbox implements Outbox {

    static final String SOURCE = "/registry-api";
    private final JdbcClient jdbc;

    JdbcOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, String eventType, Instant occurredAt, Object payload) {
        jdbc.sql("""
                insert into registry.outbox_event (event_id, topic, event_key, event_type, source, occurred_at, payload)
                values (:id, :topic, :key, :type, :source, :occurredAt, cast(:payload as jsonb))
                """)
                .param("id", UUID.randomUUID())
                .param("topic", topic)
                .param("key", key)
                .param("type", eventType)
                .param("source", SOURCE)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("payload", new String(EventCodec.write(payload), java.nio.charset.StandardCharsets.UTF_8))
                .update();
    }
}

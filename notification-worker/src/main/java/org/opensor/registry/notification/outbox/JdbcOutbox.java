package org.opensor.registry.notification.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.opensor.registry.events.envelope.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@code notification.outbox_event}. Refuses to write outside a transaction: an event shares the alert's fate. */
@Component
class JdbcOutbox implements Outbox {

    static final String SOURCE = "/notification-worker";
    private final JdbcClient jdbc;

    JdbcOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, String eventType, Instant occurredAt, Object payload) {
        jdbc.sql("""
                insert into notification.outbox_event (event_id, topic, event_key, event_type, source, occurred_at, payload)
                values (:id, :topic, :key, :type, :source, :occurredAt, cast(:payload as jsonb))
                """)
                .param("id", UUID.randomUUID()).param("topic", topic).param("key", key).param("type", eventType)
                .param("source", SOURCE).param("occurredAt", Timestamp.from(occurredAt))
                .param("payload", new String(EventCodec.write(payload), StandardCharsets.UTF_8))
                .update();
    }
}

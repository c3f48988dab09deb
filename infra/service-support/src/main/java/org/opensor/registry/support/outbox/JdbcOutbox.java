package org.opensor.registry.support.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
        appendAll(List.of(new Event(topic, key, eventType, occurredAt, payload)));
    }

    /** One statement for all events: their arrays are unnested in order, so positions follow the list. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into %s (event_id, topic, event_key, event_type, source, occurred_at, payload)
                select id, topic, event_key, event_type, :source, occurred_at, cast(payload as jsonb)
                from unnest(cast(:ids as uuid[]), cast(:topics as text[]), cast(:keys as text[]), cast(:types as text[]),
                            cast(:occurredAt as timestamptz[]), cast(:payloads as text[]))
                     with ordinality as event(id, topic, event_key, event_type, occurred_at, payload, n)
                order by n
                """.formatted(settings.table()))
                .param("source", settings.source())
                .param("ids", events.stream().map(event -> UUID.randomUUID()).toArray(UUID[]::new))
                .param("topics", events.stream().map(Event::topic).toArray(String[]::new))
                .param("keys", events.stream().map(Event::key).toArray(String[]::new))
                .param("types", events.stream().map(Event::eventType).toArray(String[]::new))
                .param(
                        "occurredAt",
                        events.stream()
                                .map(event -> Timestamp.from(event.occurredAt()))
                                .toArray(Timestamp[]::new))
                .param(
                        "payloads",
                        events.stream()
                                .map(event -> new String(EventCodec.write(event.payload()), StandardCharsets.UTF_8))
                                .toArray(String[]::new))
                .update();
    }
}

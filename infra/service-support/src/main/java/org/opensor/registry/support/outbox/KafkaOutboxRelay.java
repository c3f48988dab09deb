package org.opensor.registry.support.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.opensor.registry.events.envelope.AggregateKeyPartitioner;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox rows to Kafka in commit order, with CloudEvents headers, and marks them published.
 * One relay works at a time across instances (a transaction-scoped advisory lock), which keeps the order per
 * aggregate. A failed send leaves the rows unpublished for the next round: events may be sent twice, never
 * lost, and consumers are idempotent on the event id.
 */
class KafkaOutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(KafkaOutboxRelay.class);

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate transactions;
    private final OutboxSettings settings;
    private final Clock clock;
    private final OutboxLag lag;

    KafkaOutboxRelay(
            JdbcClient jdbc,
            KafkaTemplate<String, byte[]> kafka,
            TransactionTemplate transactions,
            OutboxSettings settings,
            Clock clock,
            OutboxLag lag) {
        this.lag = lag;
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    private record Pending(
            long position,
            UUID eventId,
            String topic,
            String key,
            String type,
            String source,
            Timestamp occurredAt,
            String payload) {}

    @Scheduled(fixedDelayString = "${opensor.outbox.relay-interval:200ms}")
    void relay() {
        try {
            Integer sent;
            do {
                sent = transactions.execute(status -> relayBatch());
            } while (sent != null && sent == settings.batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed; unpublished events stay for the next round: {}", e.getMessage());
        }
    }

    private int relayBatch() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                .param("lock", settings.lockId())
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            lag.drained(); // another instance relays and reports the lag; a figure kept from before would be stale
            return 0;
        }
        List<Pending> batch = jdbc.sql("""
                select position, event_id, topic, event_key, event_type, source, occurred_at, payload::text as payload
                from %s where published_at is null order by position limit :limit
                """.formatted(settings.table()))
                .param("limit", settings.batchSize())
                .query((rs, n) -> new Pending(
                        rs.getLong("position"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("topic"),
                        rs.getString("event_key"),
                        rs.getString("event_type"),
                        rs.getString("source"),
                        rs.getTimestamp("occurred_at"),
                        rs.getString("payload")))
                .list();
        if (batch.isEmpty()) {
            lag.drained();
            return 0;
        }
        // the batch is in commit order: its first row has waited longest
        lag.oldestUnpublished(batch.getFirst().occurredAt().toInstant());
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (Pending event : batch) {
            sends.add(kafka.send(toRecord(event)));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch: " + e.getMessage(), e);
        }
        // By position list, not range: a row inside the range may belong to a transaction not yet committed.
        jdbc.sql("update " + settings.table() + " set published_at = :now where position = any(:positions)")
                .param("now", Timestamp.from(clock.instant()))
                .param("positions", batch.stream().map(Pending::position).toArray(Long[]::new))
                .update();
        return batch.size();
    }

    private static ProducerRecord<String, byte[]> toRecord(Pending event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(event.topic(), event.key(), event.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.ID, event.eventId().toString());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.TIME, event.occurredAt().toInstant().toString());
        // the subject is the aggregate the event is about, without the kind of fact its key may add
        header(record, CloudEventHeaders.SUBJECT, AggregateKeyPartitioner.aggregateOf(event.key()));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Published events are kept for a while for inspection, then removed. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgePublished() {
        jdbc.sql("delete from " + settings.table() + " where published_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(settings.retention())))
                .update();
    }
}

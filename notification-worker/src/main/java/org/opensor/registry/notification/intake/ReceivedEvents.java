package org.opensor.registry.notification.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The events the worker has taken in ({@code notification.received_event}). */
@Repository
class ReceivedEvents {

    private final JdbcClient jdbc;

    ReceivedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where one event was read from. */
    record Receipt(UUID eventId, String type, String subject, String topic, int partition, long offset) {}

    /**
     * Records a whole poll's events in one statement.
     *
     * @return the ids taken in now; an id already taken in (a redelivery), or twice in the list, is returned at most once
     */
    Set<UUID> recordFirstReceipts(List<Receipt> receipts, Instant at) {
        return new HashSet<>(jdbc.sql("""
                insert into notification.received_event (event_id, event_type, subject, topic, kafka_partition, kafka_offset, received_at)
                select id, type, subject, topic, kafka_partition, kafka_offset, :at
                from unnest(cast(:ids as uuid[]), cast(:types as text[]), cast(:subjects as text[]), cast(:topics as text[]),
                    cast(:partitions as int[]), cast(:offsets as bigint[])) as r(id, type, subject, topic, kafka_partition, kafka_offset)
                on conflict (event_id) do nothing
                returning event_id
                """)
                .param("ids", receipts.stream().map(r -> r.eventId().toString()).toArray(String[]::new))
                .param("types", receipts.stream().map(Receipt::type).toArray(String[]::new))
                .param("subjects", receipts.stream().map(Receipt::subject).toArray(String[]::new))
                .param("topics", receipts.stream().map(Receipt::topic).toArray(String[]::new))
                .param("partitions", receipts.stream().map(Receipt::partition).toArray(Integer[]::new))
                .param("offsets", receipts.stream().map(Receipt::offset).toArray(Long[]::new))
                .param("at", Timestamp.from(at))
                .query(UUID.class)
                .list());
    }

    /** @return false when this event id was already taken in (a redelivery) */
    boolean recordFirstReceipt(
            UUID eventId, String type, String subject, String topic, int partition, long offset, Instant at) {
        return jdbc.sql("""
                insert into notification.received_event (event_id, event_type, subject, topic, kafka_partition, kafka_offset, received_at)
                values (:id, :type, :subject, :topic, :partition, :offset, :at) on conflict (event_id) do nothing
                """)
                        .param("id", eventId)
                        .param("type", type)
                        .param("subject", subject)
                        .param("topic", topic)
                        .param("partition", partition)
                        .param("offset", offset)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }
}

package org.opensor.registry.notification.intake;

import java.sql.Timestamp;
import java.time.Instant;
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

    /** @return false when this event id was already taken in (a redelivery) */
    boolean recordFirstReceipt(UUID eventId, String type, String subject, String topic, int partition, long offset, Instant at) {
        return jdbc.sql("""
                insert into notification.received_event (event_id, event_type, subject, topic, kafka_partition, kafka_offset, received_at)
                values (:id, :type, :subject, :topic, :partition, :offset, :at) on conflict (event_id) do nothing
                """)
                .param("id", eventId).param("type", type).param("subject", subject).param("topic", topic)
                .param("partition", partition).param("offset", offset).param("at", Timestamp.from(at))
                .update() == 1;
    }
}

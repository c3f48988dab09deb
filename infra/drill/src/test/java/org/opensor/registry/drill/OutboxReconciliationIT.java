package org.opensor.registry.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.testservices.TestServices;

/**
 * After PostgreSQL is restored to an earlier point, its outbox holds events as unpublished that a relay had sent to
 * Kafka before the failure. Against a real PostgreSQL and Kafka: those are marked published (sent again, the worker
 * would issue their alerts a second time under new ids), the one that never reached Kafka is left for the relay.
 */
class OutboxReconciliationIT {

    @Test
    void eventsAlreadyOnTheirTopicAreMarkedPublishedAndTheOthersAreLeftForTheRelay() throws Exception {
        TestServices.Endpoints servers = TestServices.get();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String topic = "drill-outbox-" + suffix;
        String outbox = "drill_" + suffix + ".outbox_event";
        try (Admin admin = Admin.create(servers.kafkaAdminClient())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        UUID relayedOnce = UUID.randomUUID();
        UUID relayedTwice = UUID.randomUUID();
        UUID neverRelayed = UUID.randomUUID();
        try (Connection db =
                DriverManager.getConnection(servers.jdbcUrl(), servers.jdbcUser(), servers.jdbcPassword())) {
            execute(db, "create schema drill_" + suffix);
            execute(
                    db,
                    "create table " + outbox + " (position bigserial primary key, event_id uuid not null unique,"
                            + " topic text not null, event_key text not null, event_type text not null, source text not null,"
                            + " occurred_at timestamptz not null, payload jsonb not null, published_at timestamptz)");
            for (UUID id : List.of(relayedOnce, relayedTwice, neverRelayed)) {
                execute(
                        db,
                        "insert into " + outbox + " (event_id, topic, event_key, event_type, source, occurred_at,"
                                + " payload) values ('" + id + "', '" + topic + "', 'k', 't', 's', now(), '{}')");
            }
            // what a relay did after the restore point: two sent (one twice, as at-least-once allows), one not
            send(servers, topic, relayedOnce, relayedTwice, relayedTwice);

            KafkaAfterRestore kafka = new KafkaAfterRestore(servers.kafkaAdminClient(), List.of(outbox));
            KafkaAfterRestore.Reconciled reconciled = kafka.reconcileOutboxes(db);

            assertThat(reconciled.unpublished()).containsExactlyInAnyOrder(relayedOnce, relayedTwice, neverRelayed);
            assertThat(reconciled.alreadyOnKafka()).containsExactlyInAnyOrder(relayedOnce, relayedTwice);
            assertThat(unpublished(db, outbox)).isEqualTo(Set.of(neverRelayed));
            assertThat(kafka.unpublished(db)).isEqualTo(1);
            assertThat(kafka.occurrences(List.of(topic), reconciled.since()))
                    .isEqualTo(Map.of(relayedOnce, 1, relayedTwice, 2));
        }
    }

    private static void send(TestServices.Endpoints servers, String topic, UUID... eventIds) throws Exception {
        Map<String, Object> settings = new HashMap<>(servers.kafkaAdminClient());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            for (UUID id : eventIds) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                        topic, null, Instant.now().toEpochMilli(), "k", "{}".getBytes(StandardCharsets.UTF_8));
                record.headers().add(CloudEventHeaders.ID, id.toString().getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }
    }

    private static Set<UUID> unpublished(Connection db, String outbox) throws Exception {
        Set<UUID> ids = new java.util.HashSet<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select event_id from " + outbox + " where published_at is null")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static void execute(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}

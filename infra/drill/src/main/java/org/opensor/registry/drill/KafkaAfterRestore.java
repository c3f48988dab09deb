package org.opensor.registry.drill;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import tools.jackson.databind.ObjectMapper;

/**
 * Kafka after PostgreSQL was restored to an earlier point. Kafka is not restored (its replicas are its durability, and
 * a copy of a broker's folders is no consistent backup): it is ahead of the database by whatever was relayed after the
 * restore point. Before the services start, the restored outboxes are reconciled with the topics, so that an event
 * already on Kafka is not relayed a second time (the worker would issue a second alert under new ids and send it to
 * receivers again) and an event that never reached Kafka is relayed (none lost). The consumers keep their committed
 * offsets: going back would replay to the worker events whose alerts receivers already have. After the services start,
 * the topics are compared with the restored database.
 */
final class KafkaAfterRestore {

    /** The transactional outboxes: registry-api's and the notification worker's. */
    static final List<String> OUTBOXES = List.of("registry.outbox_event", "notification.outbox_event");

    /** How far before the oldest unpublished event the topics are searched: relays retry, clocks differ. */
    private static final Duration SEARCH_MARGIN = Duration.ofMinutes(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> client;
    private final List<String> outboxes;

    /**
     * What the reconciliation found in the restored outboxes.
     *
     * @param unpublished    events the restore left unpublished
     * @param alreadyOnKafka of them, those a relay had sent before the failure: marked published, not sent again
     * @param since          from when the topics were searched
     */
    record Reconciled(Set<UUID> unpublished, Set<UUID> alreadyOnKafka, Instant since) {}

    /**
     * The registrant topic (latest state per registrant) beside {@code registry.registrant}.
     *
     * @param registrants      registrants in PostgreSQL
     * @param behindOrMissing  registrants of PostgreSQL whose latest version on the topic is older, or absent
     * @param ahead            registrants whose topic version is newer than PostgreSQL's (a write the restore lost)
     * @param onlyOnTopic      registrant ids on the topic PostgreSQL does not have (registered after the restore point)
     */
    record RegistrantTopic(long registrants, Set<String> behindOrMissing, Set<String> ahead, Set<String> onlyOnTopic) {}

    /** @param client Kafka client settings of the stack's administrator (reads every topic and group) */
    KafkaAfterRestore(Map<String, ?> client) {
        this(client, OUTBOXES);
    }

    /** @param outboxes the outbox tables, schema-qualified, each with service-support's columns */
    KafkaAfterRestore(Map<String, ?> client, List<String> outboxes) {
        this.client = new HashMap<>(client);
        this.outboxes = List.copyOf(outboxes);
    }

    /** Marks published every restored unpublished event that is already on its topic; the relay sends the rest. */
    Reconciled reconcileOutboxes(Connection superuser) throws SQLException {
        Map<UUID, String> unpublished = new HashMap<>();
        Instant oldest = Instant.now();
        for (String outbox : existing(superuser, outboxes)) {
            try (Statement sql = superuser.createStatement();
                    ResultSet rows = sql.executeQuery(
                            "select event_id, topic, occurred_at from " + outbox + " where published_at is null")) {
                while (rows.next()) {
                    unpublished.put(rows.getObject(1, UUID.class), rows.getString(2));
                    Instant occurred = rows.getTimestamp(3).toInstant();
                    oldest = occurred.isBefore(oldest) ? occurred : oldest;
                }
            }
        }
        Instant since = oldest.minus(SEARCH_MARGIN);
        Set<UUID> onKafka = new HashSet<>();
        if (!unpublished.isEmpty()) {
            Map<UUID, Integer> found = occurrences(new HashSet<>(unpublished.values()), since);
            unpublished.keySet().stream().filter(found::containsKey).forEach(onKafka::add);
        }
        for (String outbox : existing(superuser, outboxes)) {
            try (var mark = superuser.prepareStatement("update " + outbox
                    + " set published_at = now() where published_at is null and event_id = any(?)")) {
                mark.setArray(1, superuser.createArrayOf("uuid", onKafka.toArray()));
                mark.executeUpdate();
            }
        }
        return new Reconciled(Set.copyOf(unpublished.keySet()), Set.copyOf(onKafka), since);
    }

    /** Events the outboxes still hold unpublished: none once the relays have caught up. */
    long unpublished(Connection superuser) throws SQLException {
        long count = 0;
        for (String outbox : existing(superuser, outboxes)) {
            try (Statement sql = superuser.createStatement();
                    ResultSet rows =
                            sql.executeQuery("select count(*) from " + outbox + " where published_at is null")) {
                rows.next();
                count += rows.getLong(1);
            }
        }
        return count;
    }

    /** How often each event id ({@code ce_id}) occurs on {@code topics} from {@code since} to their current end. */
    Map<UUID, Integer> occurrences(Collection<String> topics, Instant since) {
        Map<UUID, Integer> seen = new HashMap<>();
        read(topics, since, record -> {
            Header id = record.headers().lastHeader(CloudEventHeaders.ID);
            if (id != null) {
                try {
                    seen.merge(
                            UUID.fromString(new String(id.value(), java.nio.charset.StandardCharsets.UTF_8)),
                            1,
                            Integer::sum);
                } catch (IllegalArgumentException notAnEventId) {
                    // a record without a UUID id is the dead-letter topic's business, not this count's
                }
            }
        });
        return seen;
    }

    /** Compares each registrant's latest state on the registrant topic with {@code registry.registrant}. */
    RegistrantTopic compareRegistrants(Connection superuser) throws SQLException {
        Map<String, Long> onTopic = new HashMap<>();
        read(List.of(Topics.REGISTRANTS), Instant.EPOCH, record -> {
            Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
            if (record.key() == null
                    || record.value() == null
                    || type == null
                    || !RegistrantEventTypes.ALL.contains(
                            new String(type.value(), java.nio.charset.StandardCharsets.UTF_8))) {
                return;
            }
            long version = JSON.readTree(record.value()).path("version").asLong(0);
            onTopic.merge(record.key(), version, Math::max);
        });
        Map<String, Long> inDatabase = new HashMap<>();
        try (Statement sql = superuser.createStatement();
                ResultSet rows = sql.executeQuery("select id::text, version from registry.registrant")) {
            while (rows.next()) {
                inDatabase.put(rows.getString(1), rows.getLong(2));
            }
        }
        Set<String> behind = new HashSet<>();
        Set<String> ahead = new HashSet<>();
        inDatabase.forEach((id, version) -> {
            Long topic = onTopic.get(id);
            if (topic == null || topic < version) {
                behind.add(id);
            } else if (topic > version) {
                ahead.add(id);
            }
        });
        Set<String> onlyOnTopic = new HashSet<>(onTopic.keySet());
        onlyOnTopic.removeAll(inDatabase.keySet());
        return new RegistrantTopic(inDatabase.size(), behind, ahead, onlyOnTopic);
    }

    /** Messages the stack's consumer groups (those with members) have yet to process, over all their partitions. */
    long consumerLag() {
        try (Admin admin = Admin.create(client)) {
            long lag = 0;
            for (GroupListing group : admin.listGroups().all().get()) {
                if (group.groupState().filter(GroupState.STABLE::equals).isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        lag += Math.max(
                                0,
                                ends.get(entry.getKey()).offset()
                                        - entry.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Kafka did not list the consumer groups: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Every record of {@code topics} from the first offset at or after {@code since} to the end they have now. */
    private void read(Collection<String> topics, Instant since, Consumer<ConsumerRecord<String, byte[]>> each) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
            }
            Set<TopicPartition> open = new HashSet<>(partitions);
            open.removeIf(p -> consumer.position(p) >= ends.get(p));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " to their end within 5 minutes");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition)) {
                        each.accept(record);
                    }
                }
                open.removeIf(p -> consumer.position(p) >= ends.get(p));
            }
        }
    }

    private static List<String> existing(Connection db, List<String> tables) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            try (var query = db.prepareStatement("select to_regclass(?) is not null")) {
                query.setString(1, table);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        found.add(table);
                    }
                }
            }
        }
        return found;
    }
}

package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.RegistryApiApplication;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestAuditKey;
import org.opensor.registry.api.TestElasticsearchTrust;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.events.Topics;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three ways the database superuser can rewrite the audit trail, each tried as that superuser, and each reported
 * by {@code /audit-events/verification} with the position where the trail breaks. The superuser can compute SHA-256
 * but does not hold the HMAC key; what it truncates or rolls back, the signed checkpoints outside PostgreSQL expose.
 * The trail lives in a database of its own, restored after each attack.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {RegistryApiApplication.class, TestElasticsearchTrust.class})
class AuditTrailAttacksIT {

    private static final String DATABASE = TestServices.createDatabase("audit_attacks");
    private static final Path CHECKPOINTS = Path.of(TestAuditKey.checkpointFile("attacks"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServices.register(registry);
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("registry.search.index-alias", () -> TestServers.SEARCH_ALIAS);
        registry.add("registry.audit.key-file", TestAuditKey::file);
        registry.add("registry.audit.checkpoint-file", CHECKPOINTS::toString);
        registry.add("registry.audit.checkpoint-interval", () -> "300ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient superuser; // the tests log in as the PostgreSQL superuser

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(superuser, encoder);
    }

    @Test
    void deletingAnEntryAndReHashingTheRestIsReportedWhereTheChainBreaks() {
        auditedCalls(6);
        List<Long> positions = positions();
        long victim = positions.get(positions.size() - 3);
        long next = positions.get(positions.size() - 2);

        withTrailRestoredAfterwards(
                () -> transactions.executeWithoutResult(status -> {
                    superuser
                            .sql("set local session_replication_role = replica")
                            .update();
                    superuser
                            .sql("delete from registry.audit_event where position = :p")
                            .param("p", victim)
                            .update();
                    String previous = superuser
                            .sql(
                                    "select hash from registry.audit_event where position < :p order by position desc limit 1")
                            .param("p", victim)
                            .query(String.class)
                            .optional()
                            .orElse("0".repeat(64));
                    for (Map<String, Object> row : superuser
                            .sql("select * from registry.audit_event where position > :p order by position")
                            .param("p", victim)
                            .query()
                            .listOfRows()) {
                        String hash = sha256(row, previous);
                        superuser
                                .sql(
                                        "update registry.audit_event set previous_hash = :prev, hash = :hash where position = :pos")
                                .param("prev", previous)
                                .param("hash", hash)
                                .param("pos", row.get("position"))
                                .update();
                        previous = hash;
                    }
                }),
                () -> {
                    JsonNode report = verification();
                    assertThat(report.get("intact").asBoolean())
                            .as(report.toString())
                            .isFalse();
                    assertThat(report.get("brokenAtPosition").asLong())
                            .as(report.toString())
                            .isEqualTo(next);
                });
    }

    @Test
    void truncatingAndRebuildingTheTrailIsExposedByTheLastCheckpoint() {
        auditedCalls(4);
        long head = awaitCheckpointOfTheHead();
        long first = positions().getFirst();

        withTrailRestoredAfterwards(
                () -> transactions.executeWithoutResult(status -> {
                    // Rebuilt without the third entry, every hash a consistent SHA-256, the chain's start moved past
                    // the rows.
                    List<Map<String, Object>> rows = superuser
                            .sql("select * from registry.audit_event order by position")
                            .query()
                            .listOfRows();
                    superuser
                            .sql("set local session_replication_role = replica")
                            .update();
                    superuser.sql("truncate registry.audit_event").update();
                    superuser
                            .sql("update registry.audit_chain set keyed_from = :p")
                            .param("p", head + 1_000)
                            .update();
                    String previous = "0".repeat(64);
                    for (int i = 0; i < rows.size(); i++) {
                        if (i == 2) {
                            continue;
                        }
                        Map<String, Object> row = rows.get(i);
                        String hash = sha256(row, previous);
                        superuser
                                .sql("""
                        insert into registry.audit_event (position, occurred_at, actor, role, action, record_id, purpose, client_address,
                                                          outcome, http_status, previous_hash, hash)
                        values (:position, :at, :actor, :role, :action, :record, :purpose, :client, :outcome, :status, :previous, :hash)
                        """)
                                .param("position", row.get("position"))
                                .param("at", row.get("occurred_at"))
                                .param("actor", row.get("actor"))
                                .param("role", row.get("role"))
                                .param("action", row.get("action"))
                                .param("record", row.get("record_id"))
                                .param("purpose", row.get("purpose"))
                                .param("client", row.get("client_address"))
                                .param("outcome", row.get("outcome"))
                                .param("status", row.get("http_status"))
                                .param("previous", previous)
                                .param("hash", hash)
                                .update();
                        previous = hash;
                    }
                }),
                () -> {
                    JsonNode report = verification();
                    assertThat(report.get("intact").asBoolean())
                            .as(report.toString())
                            .isFalse();
                    assertThat(report.get("brokenAtPosition").asLong())
                            .as(report.toString())
                            .isEqualTo(first);
                    assertThat(report.get("reason").asString()).contains("checkpoint");
                });
    }

    @Test
    void restoringAnOlderBackupIsReportedAfterTheLastPositionTheBackupStillMatches() {
        auditedCalls(3);
        long backupHead = awaitCheckpointOfTheHead();
        List<Map<String, Object>> backup = superuser
                .sql("select * from registry.audit_event order by position")
                .query()
                .listOfRows();
        auditedCalls(3);
        awaitCheckpointOfTheHead();

        withTrailRestoredAfterwards(
                () -> {
                    transactions.executeWithoutResult(status -> {
                        superuser
                                .sql("set local session_replication_role = replica")
                                .update();
                        superuser.sql("delete from registry.audit_event").update();
                        backup.forEach(this::insert);
                        superuser
                                .sql("select setval('registry.audit_event_position', :p)")
                                .param("p", backupHead)
                                .query()
                                .listOfRows();
                    });
                    auditedCalls(1); // the registry goes on after the restore, appending to the old chain
                },
                () -> {
                    JsonNode report = verification();
                    assertThat(report.get("intact").asBoolean())
                            .as(report.toString())
                            .isFalse();
                    assertThat(report.get("brokenAtPosition").asLong())
                            .as(report.toString())
                            .isEqualTo(backupHead + 1);
                    assertThat(report.get("reason").asString()).contains("checkpoint");
                });
    }

    @Test
    void anUntouchedTrailVerifiesAgainstItsCheckpointsWhichAlsoGoToKafka() {
        auditedCalls(3);
        long head = awaitCheckpointOfTheHead();
        String hash = superuser
                .sql("select hash from registry.audit_event where position = :p")
                .param("p", head)
                .query(String.class)
                .single();

        JsonNode report = verification();
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        Map<String, Object> props =
                new java.util.HashMap<>(TestServices.get().kafkaAdminClient()); // the super user reads any topic
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.AUDIT_CHECKPOINTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.value()));
                return seen.stream().anyMatch(value -> value.contains("\"hash\":\"" + hash + "\""));
            });
        }
    }

    /** Runs the attack, checks what verification says, then puts every row (and the position sequence) back. */
    private void withTrailRestoredAfterwards(Runnable attack, Runnable check) {
        List<Map<String, Object>> original = superuser
                .sql("select * from registry.audit_event order by position")
                .query()
                .listOfRows();
        Long keyedFrom = superuser
                .sql("select keyed_from from registry.audit_chain")
                .query(Long.class)
                .optional()
                .orElse(null);
        try {
            attack.run();
            check.run();
        } finally {
            transactions.executeWithoutResult(status -> {
                superuser.sql("set local session_replication_role = replica").update();
                superuser.sql("delete from registry.audit_event").update();
                original.forEach(this::insert);
                superuser
                        .sql("update registry.audit_chain set keyed_from = :k")
                        .param("k", keyedFrom)
                        .update();
                superuser
                        .sql(
                                "select setval('registry.audit_event_position', (select max(position) from registry.audit_event))")
                        .query()
                        .listOfRows();
            });
        }
    }

    private void insert(Map<String, Object> row) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        JdbcClient.StatementSpec[] spec = new JdbcClient.StatementSpec[1];
        for (String column : row.keySet()) {
            columns.append(columns.isEmpty() ? "" : ", ").append(column);
            values.append(values.isEmpty() ? "" : ", ").append(':').append(column);
        }
        spec[0] = superuser.sql("insert into registry.audit_event (" + columns + ") values (" + values + ")");
        row.forEach((column, value) -> spec[0] = spec[0].param(column, value));
        spec[0].update();
    }

    private void auditedCalls(int count) {
        for (int i = 0; i < count; i++) {
            assertThat(new ApiClient(port)
                            .get("/api/v1/audit-events?size=1", "auditor", null)
                            .status())
                    .isEqualTo(200);
        }
    }

    private List<Long> positions() {
        return superuser
                .sql("select position from registry.audit_event order by position")
                .query(Long.class)
                .list();
    }

    /** Waits until a signed checkpoint outside PostgreSQL covers the trail's current head; @return that position */
    private long awaitCheckpointOfTheHead() {
        long head = superuser
                .sql("select max(position) from registry.audit_event")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(20)).until(() -> checkpointPositions().contains(head));
        return head;
    }

    private List<Long> checkpointPositions() {
        if (!Files.isRegularFile(CHECKPOINTS)) {
            return List.of();
        }
        try {
            return Files.readAllLines(CHECKPOINTS).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> JSON.readTree(line).get("position").asLong())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode verification() {
        ApiClient.Reply reply = new ApiClient(port).get("/api/v1/audit-events/verification", "auditor", null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    /** What an attacker without the key can compute: the published SHA-256 chain over the entry's public fields. */
    private static String sha256(Map<String, Object> row, String previous) {
        String canonical = String.join(
                "\u001f",
                row.get("position").toString(),
                ((Timestamp) row.get("occurred_at"))
                        .toInstant()
                        .truncatedTo(ChronoUnit.MICROS)
                        .toString(),
                (String) row.get("actor"),
                text(row.get("role")),
                (String) row.get("action"),
                text(row.get("record_id")),
                text(row.get("purpose")),
                text(row.get("client_address")),
                (String) row.get("outcome"),
                row.get("http_status").toString(),
                previous);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

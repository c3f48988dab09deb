package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.RegistryApiApplication;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestAuditKey;
import org.opensor.registry.api.TestElasticsearchTrust;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.api.retention.RetentionJob;
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
 * Audit-trail retention: the oldest entries leave the trail up to a signed checkpoint, recorded (signed) as the anchor
 * verification starts from. The chain still verifies afterwards; a retained entry changed, or the pruning record removed,
 * is still reported. The trail lives in a database of its own: pruning cannot be undone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {RegistryApiApplication.class, TestElasticsearchTrust.class})
class AuditTrailPruningIT {

    private static final String DATABASE = TestServices.createDatabase("audit_pruning");
    private static final Path CHECKPOINTS = Path.of(TestAuditKey.checkpointFile("pruning"));
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

    @Autowired
    AuditTrail trail;

    @Autowired
    RetentionJob retention;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(superuser, encoder);
    }

    @Test
    void theChainVerifiesFromTheAnchorAfterPruningAndATamperedRetainedEntryIsStillCaught() {
        auditedCalls(4);
        long oldHead = awaitCheckpointOfTheHead();
        long oldEntries = count("position <= " + oldHead);
        Instant cutOff = Instant.now();
        auditedCalls(3);
        long newHead = awaitCheckpointOfTheHead();

        long removed = trail.pruneOlderThan(cutOff, Instant.now());

        assertThat(removed).isEqualTo(oldEntries);
        assertThat(count("position <= " + oldHead)).isZero();
        assertThat(count("position > " + oldHead))
                .as("the younger entries stay")
                .isGreaterThanOrEqualTo(3);
        Map<String, Object> pruning = superuser
                .sql("select pruned_through, removed from registry.audit_prune order by pruned_through desc limit 1")
                .query()
                .singleRow();
        assertThat(pruning.get("pruned_through")).isEqualTo(oldHead);
        assertThat(pruning.get("removed")).isEqualTo(oldEntries);
        JsonNode report = verification();
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("prunedThrough").asLong()).isEqualTo(oldHead);
        auditedCalls(2);
        awaitCheckpointOfTheHead(); // the checkpoints go on signing after a pruning

        long victim = superuser
                .sql("select max(position) from registry.audit_event where position < :p")
                .param("p", newHead)
                .query(Long.class)
                .single();
        String actor = superuser
                .sql("select actor from registry.audit_event where position = :p")
                .param("p", victim)
                .query(String.class)
                .single();
        asSuperuserBypassingTriggers("update registry.audit_event set actor = 'nobody' where position = " + victim);
        JsonNode tampered = verification();
        asSuperuserBypassingTriggers(
                "update registry.audit_event set actor = '" + actor + "' where position = " + victim);
        assertThat(tampered.get("intact").asBoolean()).as(tampered.toString()).isFalse();
        assertThat(tampered.get("brokenAtPosition").asLong()).isEqualTo(victim);

        Map<String, Object> record = superuser
                .sql("select * from registry.audit_prune where pruned_through = :p")
                .param("p", oldHead)
                .query()
                .singleRow();
        asSuperuserBypassingTriggers("delete from registry.audit_prune where pruned_through = " + oldHead);
        JsonNode unanchored = verification();
        transactions.executeWithoutResult(status -> {
            superuser.sql("set local session_replication_role = replica").update();
            StringBuilder columns = new StringBuilder();
            StringBuilder values = new StringBuilder();
            record.keySet().forEach(column -> {
                columns.append(columns.isEmpty() ? "" : ", ").append(column);
                values.append(values.isEmpty() ? "" : ", ").append(':').append(column);
            });
            JdbcClient.StatementSpec insert =
                    superuser.sql("insert into registry.audit_prune (" + columns + ") values (" + values + ")");
            for (Map.Entry<String, Object> value : record.entrySet()) {
                insert = insert.param(value.getKey(), value.getValue());
            }
            insert.update();
        });
        assertThat(unanchored.get("intact").asBoolean())
                .as("a cut trail without its signed pruning record")
                .isFalse();
        assertThat(verification().get("intact").asBoolean()).as("restored").isTrue();
    }

    @Test
    void outsideAPruningTheTrailStaysAppendOnlyEvenForItsOwner() {
        auditedCalls(1);
        long head = awaitCheckpointOfTheHead();

        assertThatThrownBy(() -> superuser
                        .sql("delete from registry.audit_event where position = :p")
                        .param("p", head)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser
                        .sql("select registry.prune_audit_trail(:p, 'x', 1, now(), now(), 'k', 's')")
                        .param("p", head)
                        .query()
                        .listOfRows())
                .as("never the newest entry")
                .hasMessageContaining("newest");
    }

    @Test
    void theRetentionJobRemovesAuditEntriesPastTheirPeriodAndReportsOnlyCounts() {
        auditedCalls(3);
        awaitCheckpointOfTheHead();
        auditedCalls(1);

        Map<String, Integer> removed = retention.runAsOf(Instant.now().plus(11 * 366, ChronoUnit.DAYS));

        assertThat(removed.get("auditEntries")).isPositive();
        assertThat(superuser
                        .sql("select removed::text from registry.retention_run order by ran_at desc limit 1")
                        .query(String.class)
                        .single())
                .contains("\"auditEntries\": " + removed.get("auditEntries"));
        JsonNode report = verification();
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
    }

    private void asSuperuserBypassingTriggers(String statement) {
        transactions.executeWithoutResult(status -> {
            superuser.sql("set local session_replication_role = replica").update();
            superuser.sql(statement).update();
        });
    }

    private long count(String where) {
        return superuser
                .sql("select count(*) from registry.audit_event where " + where)
                .query(Long.class)
                .single();
    }

    private void auditedCalls(int count) {
        for (int i = 0; i < count; i++) {
            assertThat(new ApiClient(port)
                            .get("/api/v1/audit-events?size=1", "auditor", null)
                            .status())
                    .isEqualTo(200);
        }
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
}

package org.opensor.registry.api.retention;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces the retention periods: removes sealed and ended charges, closed foreign requests, old border crossings and
 * closed compliance tasks past their period, and records what it removed as counts per kind ({@code registry.retention_run}),
 * never who. One instance at a time (a transaction-scoped advisory lock). The audit trail is not pruned here: its
 * entries are hash-chained and signed at checkpoints, and removing any breaks verification (docs/operations.md).
 */
@Service
public class RetentionJob {

    static final long LOCK = 26_0006L;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final RetentionSettings settings;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AuditTrail auditTrail;

    RetentionJob(
            AuditTrail auditTrail,
            JdbcClient jdbc,
            RetentionSettings settings,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
        this.auditTrail = auditTrail;
    }

    @Scheduled(
            initialDelayString = "${registry.retention.interval:1d}",
            fixedDelayString = "${registry.retention.interval:1d}")
    void scheduled() {
        Map<String, Integer> removed = runAsOf(clock.instant());
        log.info("retention: removed {}", removed);
    }

    /** One run as of {@code now}: the counts removed per kind, empty when another instance holds the lock. */
    public Map<String, Integer> runAsOf(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<String, Integer> removed = transactions.execute(tx -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query(Boolean.class)
                    .single()) {
                return Map.<String, Integer>of();
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put(
                    "sealedCharges",
                    jdbc.sql("delete from registry.charge where sealed_at < :before")
                            .param(
                                    "before",
                                    Timestamp.from(today.minus(settings.sealedCharges())
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toInstant()))
                            .update());
            counts.put(
                    "endedCharges",
                    jdbc.sql(
                                    "delete from registry.charge where sealed_at is null and outcome is not null and outcome_on < :before")
                            .param("before", today.minus(settings.endedCharges()))
                            .update());
            counts.put(
                    "closedForeignRequests",
                    jdbc.sql("delete from registry.foreign_request where state = 'CLOSED' and closed_on < :before")
                            .param("before", today.minus(settings.closedForeignRequests()))
                            .update());
            counts.put(
                    "borderCrossings",
                    jdbc.sql("delete from registry.border_crossing where observed_at < :before")
                            .param(
                                    "before",
                                    Timestamp.from(today.minus(settings.borderCrossings())
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toInstant()))
                            .update());
            counts.put(
                    "closedComplianceTasks",
                    jdbc.sql("delete from registry.compliance_task where state = 'CLOSED' and closed_at < :before")
                            .param(
                                    "before",
                                    Timestamp.from(today.minus(settings.closedComplianceTasks())
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toInstant()))
                            .update());
            counts.put("auditEntries", (int) auditTrail.pruneOlderThan(
                    today.minus(settings.auditTrail())
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant(),
                    now));
            jdbc.sql(
                            "insert into registry.retention_run (id, ran_at, removed) values (:id, :at, cast(:removed as jsonb))")
                    .param("id", UUID.randomUUID())
                    .param("at", Timestamp.from(now))
                    .param("removed", json(counts))
                    .update();
            return counts;
        });
        removed.forEach((kind, count) ->
                meters.counter("registry.retention.removed", "kind", kind).increment(count));
        return removed;
    }

    /** The counts as a JSON object; the keys are this class's own, so no escaping is needed. */
    private static String json(Map<String, Integer> counts) {
        StringBuilder json = new StringBuilder("{");
        counts.forEach((kind, count) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(kind)
                .append("\":")
                .append(count));
        return json.append('}').toString();
    }
}

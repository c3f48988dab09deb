package org.opensor.registry.api.retention;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.audit.AuditTrail;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantPersonalDataErasedV1;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.opensor.registry.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces the retention periods: removes sealed and ended charges, closed foreign requests, old border crossings and
 * closed compliance tasks past their period, erases the personal data of registrants de-registered long enough ago
 * (announcing it to the other services through the outbox), and records what it removed as counts per kind ({@code registry.retention_run}),
 * never who. One instance at a time (a transaction-scoped advisory lock). The audit trail is not pruned here: its
 * entries are hash-chained and signed at checkpoints, and removing any breaks verification (docs/operations.md).
 */
@Service
public class RetentionJob {

    static final long LOCK = 26_0006L;
    /** At most this many erasures per run, so one run's transaction stays short; the next run takes the rest. */
    static final int ERASURES_PER_RUN = 500;

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final RetentionSettings settings;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final Outbox outbox;

    RetentionJob(
            AuditTrail auditTrail,
            Outbox outbox,
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
        this.outbox = outbox;
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
            counts.put(
                    "deregisteredRegistrantsErased",
                    eraseDeregistered(
                            today.minus(settings.deregisteredRegistrants())
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant(),
                            now));
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

    /**
     * Erases the personal data of every registrant de-registered before {@code before} and not erased yet (in the
     * database function that alone may), and tells the other services to erase their copies, keyed by the registrant so
     * the event follows the person's last state on the compacted topic.
     */
    private int eraseDeregistered(Instant before, Instant now) {
        List<Map<String, Object>> due = jdbc.sql("""
                        select d.registrant_id, d.approved_at from registry.deregistration d
                        join registry.registrant r on r.id = d.registrant_id
                        where d.state = 'APPROVED' and d.approved_at < :before and r.personal_data_erased_at is null
                        order by d.approved_at limit :limit""")
                .param("before", Timestamp.from(before))
                .param("limit", ERASURES_PER_RUN)
                .query()
                .listOfRows();
        int erased = 0;
        for (Map<String, Object> row : due) {
            UUID registrant = (UUID) row.get("registrant_id");
            boolean done =
                    Boolean.TRUE.equals(jdbc.sql("select registry.erase_registrant_personal_data(:id, :before, :now)")
                            .param("id", registrant)
                            .param("before", Timestamp.from(before))
                            .param("now", Timestamp.from(now))
                            .query(Boolean.class)
                            .single());
            if (done) {
                // under each of the person's keys, so compaction drops every earlier fact that named them; the
                // state's key comes last
                for (String key : RegistrantTopicKeys.all(registrant)) {
                    outbox.append(
                            Topics.REGISTRANTS,
                            key,
                            RegistrantEventTypes.PERSONAL_DATA_ERASED_V1,
                            now,
                            new RegistrantPersonalDataErasedV1(
                                    registrant, ((Timestamp) row.get("approved_at")).toInstant(), now));
                }
                erased++;
            }
        }
        return erased;
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

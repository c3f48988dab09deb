package org.opensor.registry.api.audit.persistence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags patterns an auditor should look at (CJIS-style proactive review): reads or searches outside working
 * hours; an account reading many records in a day without recording anything; purposes stated once for a
 * search and never used again (a pretext is rarely reused).
 */
@Component
public class MisuseReport {

    /**
     * One finding: who, what pattern, how often, and the entry positions to look at. {@code detail} is the API's
     * English; {@code facts} are the same words' parts (counts, times, a day, a purpose) for the console to say them
     * in the reader's language, and are not part of the API's JSON.
     */
    public record Finding(
            String actor,
            String pattern,
            String detail,
            long occurrences,
            List<Long> positions,
            @JsonIgnore List<Object> facts) {}

    private final JdbcClient jdbc;
    private final SecuritySettings settings;

    MisuseReport(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<Finding> between(Instant from, Instant to) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(outsideWorkingHours(from, to));
        findings.addAll(bulkReadsWithoutFollowUp(from, to));
        findings.addAll(purposesUsedOnce(from, to));
        return findings;
    }

    private List<Finding> outsideWorkingHours(Instant from, Instant to) {
        ZoneId zone = settings.zone();
        LocalTime start = settings.workingHoursStart();
        LocalTime end = settings.workingHoursEnd();
        record Access(String actor, long position, Instant at) {}
        List<Access> accesses = jdbc.sql("""
                select actor, position, occurred_at from registry.audit_event
                where outcome = 'ALLOWED' and purpose is not null and occurred_at >= :from and occurred_at < :to
                order by position
                """)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Access(
                        rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .list();
        java.util.Map<String, List<Long>> byActor = new java.util.TreeMap<>();
        for (Access access : accesses) {
            LocalTime local = access.at().atZone(zone).toLocalTime();
            if (local.isBefore(start) || !local.isBefore(end)) {
                byActor.computeIfAbsent(access.actor(), a -> new ArrayList<>()).add(access.position());
            }
        }
        List<Finding> findings = new ArrayList<>();
        byActor.forEach((actor, positions) -> findings.add(new Finding(
                actor,
                "OUTSIDE_WORKING_HOURS",
                positions.size() + " read(s) or search(es) outside " + start + "–" + end + " (" + zone + ")",
                positions.size(),
                cap(positions),
                List.of(positions.size(), start, end))));
        return findings;
    }

    private List<Finding> bulkReadsWithoutFollowUp(Instant from, Instant to) {
        return jdbc.sql("""
                select actor, cast(occurred_at at time zone :zone as date) as day, count(distinct disclosed.id) as records,
                       array_agg(distinct position order by position) as positions
                from registry.audit_event r cross join lateral unnest(string_to_array(r.record_id, ',')) as disclosed(id)
                where outcome = 'ALLOWED' and action like 'GET %' and record_id is not null
                  and occurred_at >= :from and occurred_at < :to
                  and not exists (select 1 from registry.audit_event w
                                  where w.actor = r.actor and w.outcome = 'ALLOWED' and w.action not like 'GET %'
                                    and cast(w.occurred_at at time zone :zone as date) = cast(r.occurred_at at time zone :zone as date))
                group by actor, day having count(distinct disclosed.id) >= :threshold
                """)
                .param("zone", settings.zone().getId())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("threshold", settings.bulkReadThreshold())
                .query((rs, n) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    List<Long> positions =
                            List.of((Long[]) rs.getArray("positions").getArray());
                    return new Finding(
                            rs.getString("actor"),
                            "MANY_READS_WITHOUT_FOLLOW_UP",
                            rs.getLong("records") + " records read on " + day + " with nothing recorded that day",
                            rs.getLong("records"),
                            cap(positions),
                            List.of(rs.getLong("records"), day));
                })
                .list();
    }

    private List<Finding> purposesUsedOnce(Instant from, Instant to) {
        return jdbc.sql("""
                select actor, purpose, min(position) as position from registry.audit_event
                where outcome = 'ALLOWED' and purpose is not null and occurred_at >= :from and occurred_at < :to
                group by actor, purpose having count(*) = 1
                order by actor, position
                """)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Finding(
                        rs.getString("actor"),
                        "PURPOSE_NEVER_USED_AGAIN",
                        "purpose '" + rs.getString("purpose") + "' was stated once and never again",
                        1,
                        List.of(rs.getLong("position")),
                        List.of(rs.getString("purpose"))))
                .list();
    }

    private static List<Long> cap(List<Long> positions) {
        return positions.size() > 20 ? positions.subList(0, 20) : positions;
    }
}

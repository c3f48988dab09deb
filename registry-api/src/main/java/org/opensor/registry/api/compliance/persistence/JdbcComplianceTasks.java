package org.opensor.registry.api.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.compliance.ClosureReason;
import org.opensor.registry.api.compliance.ComplianceTask;
import org.opensor.registry.api.compliance.ComplianceTasks;
import org.opensor.registry.api.compliance.TaskKind;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Compliance tasks in {@code registry.compliance_task}; the reconciliation reads notices, crossings and registrations. */
@Repository
class JdbcComplianceTasks implements ComplianceTasks {

    /** Advisory-lock id of the travel-compliance job (one instance at a time). */
    static final long JOB_LOCK = 26_0005L;

    private final JdbcClient jdbc;

    JdbcComplianceTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean openIfNew(ComplianceTask t) {
        return jdbc.sql("""
                insert into registry.compliance_task (id, registrant_id, kind, source_key, owning_unit, detail, due_by, state, version,
                    opened_by, opened_at)
                values (:id, :registrantId, :kind, :sourceKey, :owningUnit, :detail, :dueBy, :state, :version, :openedBy, :openedAt)
                on conflict (kind, source_key) do nothing
                """).params(params(t)).update() == 1;
    }

    @Override
    public Optional<ComplianceTask> find(UUID id, Viewer viewer) {
        return jdbc.sql("select * from registry.compliance_task where id = :id and "
                        + RecordVisibility.visibleTo("registry.compliance_task.registrant_id"))
                .param("id", id)
                .param(RecordVisibility.UNIT_PARAMETER, viewer.unit())
                .query(JdbcComplianceTasks::task)
                .optional();
    }

    @Override
    public Optional<ComplianceTask> findForUpdate(UUID id, Viewer viewer) {
        return jdbc.sql("select * from registry.compliance_task where id = :id and "
                        + RecordVisibility.visibleTo("registry.compliance_task.registrant_id") + " for update")
                .param("id", id)
                .param(RecordVisibility.UNIT_PARAMETER, viewer.unit())
                .query(JdbcComplianceTasks::task)
                .optional();
    }

    @Override
    public List<ComplianceTask> openForUpdate(UUID registrantId, TaskKind kind) {
        return jdbc.sql("select * from registry.compliance_task where registrant_id = :registrantId and kind = :kind"
                        + " and state <> 'CLOSED' order by opened_at for update")
                .param("registrantId", registrantId)
                .param("kind", kind.name())
                .query(JdbcComplianceTasks::task)
                .list();
    }

    @Override
    public void update(ComplianceTask t) {
        jdbc.sql("""
                update registry.compliance_task set state = :state, version = :version, assigned_to = :assignedTo, assigned_by = :assignedBy,
                    assigned_at = :assignedAt, closure_reason = :closureReason, closure_note = :closureNote, closed_by = :closedBy,
                    closed_at = :closedAt
                where id = :id""").params(params(t)).update();
    }

    @Override
    public List<ComplianceTask> list(Viewer viewer, String officer, boolean includeClosed, int page, int size) {
        return jdbc.sql("select * from registry.compliance_task where " + listCondition(includeClosed)
                        + " order by due_by, opened_at, id limit :size offset :offset")
                .param("unit", viewer.unit())
                .param("officer", officer)
                .param(RecordVisibility.UNIT_PARAMETER, viewer.unit())
                .param("size", size)
                .param("offset", (long) page * size)
                .query(JdbcComplianceTasks::task)
                .list();
    }

    @Override
    public long count(Viewer viewer, String officer, boolean includeClosed) {
        return jdbc.sql("select count(*) from registry.compliance_task where " + listCondition(includeClosed))
                .param("unit", viewer.unit())
                .param("officer", officer)
                .param(RecordVisibility.UNIT_PARAMETER, viewer.unit())
                .query(Long.class)
                .single();
    }

    private static String listCondition(boolean includeClosed) {
        return "(owning_unit = cast(:unit as text) or assigned_to = cast(:officer as text))"
                + (includeClosed ? "" : " and state <> 'CLOSED'")
                + " and " + RecordVisibility.visibleTo("registry.compliance_task.registrant_id");
    }

    @Override
    public List<Trip> noShows(LocalDate since, LocalDate departedBy) {
        return jdbc.sql("""
                select n.id, n.registrant_id, n.departure_date, n.return_date, n.departure_point from registry.travel_notice n
                where n.state = 'DECLARED' and n.departure_date <= :by and n.departure_date >= :since
                  and not exists (select 1 from registry.border_crossing c where c.registrant_id = n.registrant_id
                                  and c.direction = 'DEPARTURE' and c.match_band = 'STRONG'
                                  and c.observed_at >= cast(n.departure_date - 1 as timestamp) at time zone 'UTC')
                  and not exists (select 1 from registry.compliance_task t where t.kind = 'NO_SHOW' and t.source_key = n.id::text)
                order by n.departure_date""")
                .param("by", departedBy)
                .param("since", since)
                .query(JdbcComplianceTasks::trip)
                .list();
    }

    @Override
    public List<Trip> overdueReturns(LocalDate since, LocalDate dueBy) {
        return jdbc.sql("""
                select n.id, n.registrant_id, n.departure_date, n.return_date, n.departure_point from registry.travel_notice n
                join lateral (select min(c.observed_at) exited from registry.border_crossing c where c.registrant_id = n.registrant_id
                              and c.direction = 'DEPARTURE' and c.match_band = 'STRONG'
                              and c.observed_at >= cast(n.departure_date - 1 as timestamp) at time zone 'UTC') exit on exit.exited is not null
                where n.state = 'DECLARED' and n.return_date is not null and n.return_date <= :by and n.return_date >= :since
                  and not exists (select 1 from registry.border_crossing c where c.registrant_id = n.registrant_id
                                  and c.direction = 'ARRIVAL' and c.match_band = 'STRONG' and c.observed_at > exit.exited)
                  and not exists (select 1 from registry.compliance_task t where t.kind = 'OVERDUE_RETURN' and t.source_key = n.id::text)
                order by n.return_date""")
                .param("by", dueBy)
                .param("since", since)
                .query(JdbcComplianceTasks::trip)
                .list();
    }

    @Override
    public List<UUID> overdueVerifications(LocalDate today) {
        return jdbc.sql("""
                select id from registry.registrant where registration_status = 'ACTIVE' and next_verification_due < :today
                  and coalesce(custody_status, '') <> 'IN_CUSTODY'
                  and compliance_status <> 'NON_COMPLIANT' order by next_verification_due, id""").param("today", today).query(UUID.class).list();
    }

    /** Reuses {@link Trip}: the registration's end date comes as {@code returnDate}. */
    @Override
    public List<Trip> registrationsEnding(LocalDate endsBy) {
        return jdbc.sql("""
                select r.id, r.registration_ends_on from registry.registrant r
                where r.registration_status = 'ACTIVE' and r.registration_ends_on is not null and r.registration_ends_on <= :by
                  and not exists (select 1 from registry.compliance_task t where t.kind = 'DEREGISTRATION_REVIEW'
                                  and t.source_key = r.id::text || ':' || r.registration_ends_on::text)
                order by r.registration_ends_on""")
                .param("by", endsBy)
                .query((rs, n) -> new Trip(
                        null,
                        rs.getObject("id", UUID.class),
                        null,
                        rs.getObject("registration_ends_on", LocalDate.class),
                        null))
                .list();
    }

    @Override
    public Optional<String> owningUnit(UUID registrantId, LocalDate today) {
        return jdbc.sql("""
                select district from registry.address where registrant_id = :id and kind = 'RESIDENCE' and district is not null
                  and valid_from <= :today and (valid_to is null or valid_to >= :today)
                order by position desc limit 1""")
                .param("id", registrantId)
                .param("today", today)
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<LocalDate> verificationDue(UUID registrantId) {
        return jdbc.sql("select next_verification_due from registry.registrant where id = :id")
                .param("id", registrantId)
                .query(LocalDate.class)
                .optional();
    }

    @Override
    public boolean isPoliceOfficer(String username) {
        return jdbc.sql(
                        "select exists (select 1 from registry.account where username = :u and role = 'POLICE_OFFICER' and enabled)")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean tryJobLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                .param("lock", JOB_LOCK)
                .query(Boolean.class)
                .single();
    }

    private static Map<String, Object> params(ComplianceTask t) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", t.id());
        p.put("registrantId", t.registrantId());
        p.put("kind", t.kind().name());
        p.put("sourceKey", t.sourceKey());
        p.put("owningUnit", t.owningUnit());
        p.put("detail", t.detail());
        p.put("dueBy", t.dueBy());
        p.put("state", t.state().name());
        p.put("version", t.version());
        p.put("assignedTo", t.assignedTo());
        p.put("assignedBy", t.assignedBy());
        p.put("assignedAt", timestamp(t.assignedAt()));
        p.put(
                "closureReason",
                t.closureReason() == null ? null : t.closureReason().name());
        p.put("closureNote", t.closureNote());
        p.put("closedBy", t.closedBy());
        p.put("closedAt", timestamp(t.closedAt()));
        p.put("openedBy", t.openedBy());
        p.put("openedAt", timestamp(t.openedAt()));
        return p;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Trip trip(ResultSet rs, int row) throws SQLException {
        return new Trip(
                rs.getObject("id", UUID.class),
                rs.getObject("registrant_id", UUID.class),
                rs.getObject("departure_date", LocalDate.class),
                rs.getObject("return_date", LocalDate.class),
                rs.getString("departure_point"));
    }

    private static ComplianceTask task(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("closure_reason");
        return new ComplianceTask(
                rs.getObject("id", UUID.class),
                rs.getObject("registrant_id", UUID.class),
                TaskKind.valueOf(rs.getString("kind")),
                rs.getString("source_key"),
                rs.getString("owning_unit"),
                rs.getString("detail"),
                rs.getObject("due_by", LocalDate.class),
                ComplianceTask.State.valueOf(rs.getString("state")),
                rs.getLong("version"),
                rs.getString("assigned_to"),
                rs.getString("assigned_by"),
                instant(rs.getTimestamp("assigned_at")),
                reason == null ? null : ClosureReason.valueOf(reason),
                rs.getString("closure_note"),
                rs.getString("closed_by"),
                instant(rs.getTimestamp("closed_at")),
                rs.getString("opened_by"),
                instant(rs.getTimestamp("opened_at")));
    }
}

package org.opensor.registry.api.extradition.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.extradition.ExtraditionTreaty;
import org.opensor.registry.api.extradition.ForeignRequest;
import org.opensor.registry.api.extradition.ForeignRequests;
import org.opensor.registry.api.statute.LibraryEntry;
import org.opensor.registry.api.statute.PenaltyRange;
import org.opensor.registry.api.statute.Statutes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Foreign requests in {@code registry.foreign_request}, treaties in {@code registry.extradition_treaty}. */
@Repository
class JdbcForeignRequests implements ForeignRequests {

    private final JdbcClient jdbc;
    private final Statutes statutes;

    JdbcForeignRequests(JdbcClient jdbc, Statutes statutes) {
        this.statutes = statutes;
        this.jdbc = jdbc;
    }

    @Override
    public void add(ForeignRequest r) {
        jdbc.sql("""
                insert into registry.foreign_request (id, subject_id, registrant_id, version, kind, requesting_state, offence,
                    mapped_offence_id, foreign_max_penalty_months, reference, interpol_notice, received_on, state, closed_on,
                    closure_reason, recorded_by, recorded_at, updated_by, updated_at)
                values (:id, :subjectId, :registrantId, :version, :kind, :requestingState, :offence, :mappedOffenceId,
                    :foreignMaxPenaltyMonths, :reference, :interpolNotice, :receivedOn, :state, :closedOn, :closureReason,
                    :recordedBy, :recordedAt, :updatedBy, :updatedAt)
                """).params(params(r)).update();
    }

    @Override
    public void update(ForeignRequest r) {
        jdbc.sql("""
                update registry.foreign_request set version = :version, state = :state, closed_on = :closedOn,
                    closure_reason = :closureReason, updated_by = :updatedBy, updated_at = :updatedAt
                where id = :id
                """).params(params(r)).update();
    }

    @Override
    public Optional<ForeignRequest> find(UUID id) {
        return jdbc.sql("select * from registry.foreign_request where id = :id")
                .param("id", id)
                .query(JdbcForeignRequests::request)
                .optional();
    }

    @Override
    public Optional<ForeignRequest> findForUpdate(UUID id) {
        return jdbc.sql("select * from registry.foreign_request where id = :id for update")
                .param("id", id)
                .query(JdbcForeignRequests::request)
                .optional();
    }

    @Override
    public List<ForeignRequest> openFor(UUID subjectId) {
        return jdbc.sql(
                        "select * from registry.foreign_request where subject_id = :id and state = 'OPEN' order by received_on, recorded_at")
                .param("id", subjectId)
                .query(JdbcForeignRequests::request)
                .list();
    }

    @Override
    public List<ForeignRequest> ofSubject(UUID subjectId, int limit) {
        return jdbc.sql(
                        "select * from registry.foreign_request where subject_id = :id order by received_on desc, recorded_at desc limit :limit")
                .param("id", subjectId)
                .param("limit", limit)
                .query(JdbcForeignRequests::request)
                .list();
    }

    @Override
    public List<ExtraditionTreaty> treaties() {
        return jdbc.sql("select * from registry.extradition_treaty order by state")
                .query(JdbcForeignRequests::treaty)
                .list();
    }

    @Override
    public Optional<ExtraditionTreaty> treaty(String state) {
        return jdbc.sql("select * from registry.extradition_treaty where state = :state")
                .param("state", state)
                .query(JdbcForeignRequests::treaty)
                .optional();
    }

    @Override
    public void saveTreaty(ExtraditionTreaty t) {
        jdbc.sql("""
                insert into registry.extradition_treaty (state, title, signed_on, in_force, min_penalty_months, source, updated_by, updated_at)
                values (:state, :title, :signedOn, :inForce, :minPenaltyMonths, :source, :updatedBy, :updatedAt)
                on conflict (state) do update set title = excluded.title, signed_on = excluded.signed_on, in_force = excluded.in_force,
                    min_penalty_months = excluded.min_penalty_months, source = excluded.source, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                """)
                .param("state", t.state())
                .param("title", t.title())
                .param("signedOn", t.signedOn())
                .param("inForce", t.inForce())
                .param("minPenaltyMonths", t.minPenaltyMonths())
                .param("source", t.source())
                .param("updatedBy", t.updatedBy())
                .param("updatedAt", Timestamp.from(t.updatedAt()))
                .update();
    }

    @Override
    public boolean personExists(UUID subjectId) {
        return jdbc.sql(
                        "select exists (select 1 from registry.registrant where id = :id) or exists (select 1 from registry.charge where subject_id = :id)")
                .param("id", subjectId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean isRegistrant(UUID subjectId) {
        return jdbc.sql("select exists (select 1 from registry.registrant where id = :id)")
                .param("id", subjectId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public List<String> nationalitiesOf(UUID subjectId) {
        return jdbc.sql("""
                select distinct n from (
                    select unnest(nationalities) n from registry.registrant where id = :id
                    union all select unnest(nationalities) n from registry.charge where subject_id = :id) all_of_them
                order by n""").param("id", subjectId).query(String.class).list();
    }

    /** The library has no penalty ranges yet (issue 26 item 7 adds them): unknown until then, and the assessment says so. */
    @Override
    public Optional<Integer> cambodianMaxPenaltyMonths(String offenceId) {
        // the statute library's penalty range, where a published text states it; unknown otherwise, never guessed
        return statutes.entry(offenceId).map(LibraryEntry::penalty).map(PenaltyRange::ceilingMonths);
    }

    @Override
    public boolean isCambodianOffence(String offenceId) {
        return jdbc.sql("select exists (select 1 from registry.offence where id = :id and jurisdiction = 'KHM')")
                .param("id", offenceId)
                .query(Boolean.class)
                .single();
    }

    private static Map<String, Object> params(ForeignRequest r) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("subjectId", r.subjectId());
        p.put("registrantId", r.registrantId());
        p.put("version", r.version());
        p.put("kind", r.kind().name());
        p.put("requestingState", r.requestingState());
        p.put("offence", r.offence());
        p.put("mappedOffenceId", r.mappedOffenceId());
        p.put("foreignMaxPenaltyMonths", r.foreignMaxPenaltyMonths());
        p.put("reference", r.reference());
        p.put("interpolNotice", r.interpolNotice());
        p.put("receivedOn", r.receivedOn());
        p.put("state", r.open() ? "OPEN" : "CLOSED");
        p.put("closedOn", r.closedOn());
        p.put("closureReason", r.closureReason());
        p.put("recordedBy", r.recordedBy());
        p.put("recordedAt", Timestamp.from(r.recordedAt()));
        p.put("updatedBy", r.updatedBy());
        p.put("updatedAt", Timestamp.from(r.updatedAt()));
        return p;
    }

    private static ForeignRequest request(ResultSet rs, int row) throws SQLException {
        return new ForeignRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("registrant_id", UUID.class),
                rs.getLong("version"),
                ForeignRequest.Kind.valueOf(rs.getString("kind")),
                rs.getString("requesting_state"),
                rs.getString("offence"),
                rs.getString("mapped_offence_id"),
                (Integer) rs.getObject("foreign_max_penalty_months"),
                rs.getString("reference"),
                rs.getString("interpol_notice"),
                rs.getObject("received_on", LocalDate.class),
                "OPEN".equals(rs.getString("state")),
                rs.getObject("closed_on", LocalDate.class),
                rs.getString("closure_reason"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static ExtraditionTreaty treaty(ResultSet rs, int row) throws SQLException {
        return new ExtraditionTreaty(
                rs.getString("state"),
                rs.getString("title"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getBoolean("in_force"),
                (Integer) rs.getObject("min_penalty_months"),
                rs.getString("source"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}

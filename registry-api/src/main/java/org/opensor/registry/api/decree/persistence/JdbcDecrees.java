package org.opensor.registry.api.decree.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.decree.BeneficiaryLine;
import org.opensor.registry.api.decree.Decree;
import org.opensor.registry.api.decree.DecreeId;
import org.opensor.registry.api.decree.DecreeKind;
import org.opensor.registry.api.decree.DecreeLine;
import org.opensor.registry.api.decree.Decrees;
import org.opensor.registry.api.decree.LineLink;
import org.opensor.registry.api.decree.LinkState;
import org.opensor.registry.matching.score.Reason;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decrees and their lines in PostgreSQL. A line's reasons are kept twice, as JSON: in English ({@code reasons}, what the
 * API gives) and with their codes and arguments ({@code reason_codes}, for the console; null on lines stored before V95).
 */
@Repository
class JdbcDecrees implements Decrees {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcDecrees(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void add(Decree d) {
        jdbc.sql("""
                insert into registry.decree (id, version, number, decree_date, occasion, kind, reduction_months, applied, entered_by, entered_at)
                values (:id, :version, :number, :date, :occasion, :kind, :reductionMonths, false, :enteredBy, :enteredAt)
                """).params(decreeParams(d)).update();
        batch.batchUpdate("""
                insert into registry.decree_line (decree_id, line_number, name, date_of_birth, document_number, link_state, registrant_id,
                    display_name, score, band, reasons, reason_codes, runner_up_id, decided_by)
                values (:decreeId, :lineNumber, :name, :dateOfBirth, :documentNumber, :state, :registrantId, :displayName, :score, :band,
                    cast(:reasons as jsonb), cast(:reasonCodes as jsonb), :runnerUpId, :decidedBy)
                """, lineParams(d, d.lines()));
    }

    @Override
    public Optional<Decree> find(DecreeId id) {
        return load(id, "");
    }

    @Override
    public Optional<Decree> findForUpdate(DecreeId id) {
        return load(id, " for update");
    }

    @Override
    public void update(Decree before, Decree after) {
        List<DecreeLine> changed = new ArrayList<>();
        for (int i = 0; i < after.lines().size(); i++) {
            if (!after.lines().get(i).equals(before.lines().get(i))) {
                changed.add(after.lines().get(i));
            }
        }
        // Lines first: once the decree row says applied, its lines are final.
        batch.batchUpdate("""
                update registry.decree_line set link_state = :state, registrant_id = :registrantId, display_name = :displayName,
                    decided_by = :decidedBy, custody_event_id = :custodyEventId
                where decree_id = :decreeId and line_number = :lineNumber
                """, lineParams(after, changed));
        int updated = jdbc.sql("""
                update registry.decree set version = :version, applied = :applied, applied_by = :appliedBy, applied_at = :appliedAt,
                    effective_date = :effectiveDate
                where id = :id and version = :previous
                """)
                .params(decreeParams(after))
                .param("previous", before.version())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("decree " + after.id() + " changed under a lock");
        }
    }

    @Override
    public List<Decree> page(int page, int size) {
        List<UUID> ids = jdbc.sql(
                        "select id from registry.decree order by decree_date desc, entered_at desc limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(UUID.class)
                .list();
        return ids.stream().map(id -> find(new DecreeId(id)).orElseThrow()).toList();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from registry.decree")
                .query(Long.class)
                .single();
    }

    private Optional<Decree> load(DecreeId id, String lock) {
        Optional<Map<String, Object>> row = jdbc.sql("select * from registry.decree where id = :id" + lock)
                .param("id", id.value())
                .query((rs, n) -> decreeRow(rs))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<DecreeLine> lines = jdbc.sql(
                        "select * from registry.decree_line where decree_id = :id order by line_number")
                .param("id", id.value())
                .query((rs, n) -> line(rs))
                .list();
        Map<String, Object> r = row.get();
        return Optional.of(new Decree(
                id,
                (Long) r.get("version"),
                (String) r.get("number"),
                (LocalDate) r.get("date"),
                (String) r.get("occasion"),
                DecreeKind.valueOf((String) r.get("kind")),
                (Integer) r.get("reductionMonths"),
                lines,
                (Boolean) r.get("applied"),
                (String) r.get("enteredBy"),
                (Instant) r.get("enteredAt"),
                (String) r.get("appliedBy"),
                (Instant) r.get("appliedAt"),
                (LocalDate) r.get("effectiveDate")));
    }

    private static Map<String, Object> decreeRow(ResultSet rs) throws SQLException {
        Map<String, Object> r = new HashMap<>();
        r.put("version", rs.getLong("version"));
        r.put("number", rs.getString("number"));
        r.put("date", rs.getObject("decree_date", LocalDate.class));
        r.put("occasion", rs.getString("occasion"));
        r.put("kind", rs.getString("kind"));
        r.put("reductionMonths", rs.getObject("reduction_months", Integer.class));
        r.put("applied", rs.getBoolean("applied"));
        r.put("enteredBy", rs.getString("entered_by"));
        r.put("enteredAt", rs.getTimestamp("entered_at").toInstant());
        r.put("appliedBy", rs.getString("applied_by"));
        Timestamp appliedAt = rs.getTimestamp("applied_at");
        r.put("appliedAt", appliedAt == null ? null : appliedAt.toInstant());
        r.put("effectiveDate", rs.getObject("effective_date", LocalDate.class));
        return r;
    }

    private static DecreeLine line(ResultSet rs) throws SQLException {
        BeneficiaryLine beneficiary = new BeneficiaryLine(
                rs.getInt("line_number"),
                rs.getString("name"),
                rs.getString("date_of_birth"),
                rs.getString("document_number"));
        String reasonCodes = rs.getString("reason_codes");
        LineLink link = new LineLink(
                LinkState.valueOf(rs.getString("link_state")),
                rs.getObject("registrant_id", UUID.class),
                rs.getString("display_name"),
                rs.getObject("score", Double.class),
                rs.getString("band"),
                JSON.readValue(rs.getString("reasons"), STRINGS),
                rs.getObject("runner_up_id", UUID.class),
                rs.getString("decided_by"),
                reasonCodes == null ? null : JSON.readValue(reasonCodes, REASONS));
        return new DecreeLine(beneficiary, link, rs.getObject("custody_event_id", UUID.class));
    }

    private static Map<String, Object> decreeParams(Decree d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id().value());
        p.put("version", d.version());
        p.put("number", d.number());
        p.put("date", d.date());
        p.put("occasion", d.occasion());
        p.put("kind", d.kind().name());
        p.put("reductionMonths", d.reductionMonths());
        p.put("applied", d.applied());
        p.put("enteredBy", d.enteredBy());
        p.put("enteredAt", Timestamp.from(d.enteredAt()));
        p.put("appliedBy", d.appliedBy());
        p.put("appliedAt", d.appliedAt() == null ? null : Timestamp.from(d.appliedAt()));
        p.put("effectiveDate", d.effectiveDate());
        return p;
    }

    private static SqlParameterSource[] lineParams(Decree d, List<DecreeLine> lines) {
        return lines.stream()
                .map(l -> new MapSqlParameterSource()
                        .addValue("decreeId", d.id().value())
                        .addValue("lineNumber", l.beneficiary().lineNumber())
                        .addValue("name", l.beneficiary().name())
                        .addValue("dateOfBirth", l.beneficiary().dateOfBirth())
                        .addValue("documentNumber", l.beneficiary().documentNumber())
                        .addValue("state", l.link().state().name())
                        .addValue("registrantId", l.link().registrantId())
                        .addValue("displayName", l.link().displayName())
                        .addValue("score", l.link().score())
                        .addValue("band", l.link().band())
                        .addValue("reasons", JSON.writeValueAsString(l.link().reasons()))
                        .addValue(
                                "reasonCodes",
                                l.link().explained() == null
                                        ? null
                                        : JSON.writeValueAsString(l.link().explained()))
                        .addValue("runnerUpId", l.link().runnerUpId())
                        .addValue("decidedBy", l.link().decidedBy())
                        .addValue("custodyEventId", l.custodyEventId()))
                .toArray(SqlParameterSource[]::new);
    }
}

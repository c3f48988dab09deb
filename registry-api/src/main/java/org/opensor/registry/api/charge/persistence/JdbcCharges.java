package org.opensor.registry.api.charge.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.charge.Accused;
import org.opensor.registry.api.charge.BailCondition;
import org.opensor.registry.api.charge.BailDecision;
import org.opensor.registry.api.charge.Charge;
import org.opensor.registry.api.charge.ChargeOutcome;
import org.opensor.registry.api.charge.Charges;
import org.opensor.registry.matching.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Charges in {@code registry.charge}. */
@Repository
class JdbcCharges implements Charges {

    private final JdbcClient jdbc;

    JdbcCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Charge c) {
        jdbc.sql("""
                insert into registry.charge (id, subject_id, registrant_id, version, family_name, given_names, date_of_birth, sex,
                    nationalities, document_numbers, court, case_number, offence, charged_on, bail, bail_conditions, travel_ban,
                    travel_ban_ended_on, travel_ban_end_reason, outcome, outcome_on, sealed_at, recorded_by, recorded_at, updated_by, updated_at)
                values (:id, :subjectId, :registrantId, :version, :familyName, :givenNames, :dateOfBirth, :sex, :nationalities,
                    :documentNumbers, :court, :caseNumber, :offence, :chargedOn, :bail, :bailConditions, :travelBan, :travelBanEndedOn,
                    :travelBanEndReason, :outcome, :outcomeOn, :sealedAt, :recordedBy, :recordedAt, :updatedBy, :updatedAt)
                """).params(params(c)).update();
    }

    @Override
    public void update(Charge c) {
        jdbc.sql("""
                update registry.charge set version = :version, travel_ban_ended_on = :travelBanEndedOn,
                    travel_ban_end_reason = :travelBanEndReason, outcome = :outcome, outcome_on = :outcomeOn, sealed_at = :sealedAt,
                    updated_by = :updatedBy, updated_at = :updatedAt
                where id = :id
                """).params(params(c)).update();
    }

    @Override
    public Optional<Charge> find(UUID id) {
        return jdbc.sql("select * from registry.charge where id = :id")
                .param("id", id)
                .query(JdbcCharges::charge)
                .optional();
    }

    @Override
    public Optional<Charge> findForUpdate(UUID id) {
        return jdbc.sql("select * from registry.charge where id = :id for update")
                .param("id", id)
                .query(JdbcCharges::charge)
                .optional();
    }

    @Override
    public List<Charge> ofSubject(UUID subjectId, int limit) {
        return jdbc.sql("""
                        select * from registry.charge where subject_id = :id and sealed_at is null
                        order by charged_on desc, recorded_at desc limit :limit""")
                .param("id", subjectId)
                .param("limit", limit)
                .query(JdbcCharges::charge)
                .list();
    }

    @Override
    public List<Charge> latestOfUnregisteredAccused() {
        return jdbc.sql("""
                        select distinct on (subject_id) * from registry.charge
                        where registrant_id is null and sealed_at is null
                        order by subject_id, recorded_at desc""").query(JdbcCharges::charge).list();
    }

    @Override
    public List<Charge> travelBansInForce() {
        return jdbc.sql(
                        "select * from registry.charge where travel_ban and travel_ban_ended_on is null and sealed_at is null")
                .query(JdbcCharges::charge)
                .list();
    }

    @Override
    public boolean subjectExists(UUID subjectId) {
        return jdbc.sql("select exists (select 1 from registry.charge where subject_id = :id)")
                .param("id", subjectId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean registrantExists(UUID registrantId) {
        return jdbc.sql("select exists (select 1 from registry.registrant where id = :id)")
                .param("id", registrantId)
                .query(Boolean.class)
                .single();
    }

    private static Map<String, Object> params(Charge c) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("subjectId", c.subjectId());
        p.put("registrantId", c.registrantId());
        p.put("version", c.version());
        p.put("familyName", c.accused().familyName());
        p.put("givenNames", c.accused().givenNames());
        p.put("dateOfBirth", c.accused().dateOfBirth());
        p.put("sex", c.accused().sex().name());
        p.put("nationalities", c.accused().nationalities().toArray(String[]::new));
        p.put("documentNumbers", c.accused().documentNumbers().toArray(String[]::new));
        p.put("court", c.court());
        p.put("caseNumber", c.caseNumber());
        p.put("offence", c.offence());
        p.put("chargedOn", c.chargedOn());
        p.put("bail", c.bail().name());
        p.put("bailConditions", c.bailConditions().stream().map(Enum::name).toArray(String[]::new));
        p.put("travelBan", c.travelBanOrdered());
        p.put("travelBanEndedOn", c.travelBanEndedOn());
        p.put("travelBanEndReason", c.travelBanEndReason());
        p.put("outcome", c.outcome() == null ? null : c.outcome().name());
        p.put("outcomeOn", c.outcomeOn());
        p.put("sealedAt", c.sealedAt() == null ? null : Timestamp.from(c.sealedAt()));
        p.put("recordedBy", c.recordedBy());
        p.put("recordedAt", Timestamp.from(c.recordedAt()));
        p.put("updatedBy", c.updatedBy());
        p.put("updatedAt", Timestamp.from(c.updatedAt()));
        return p;
    }

    private static Charge charge(ResultSet rs, int row) throws SQLException {
        Accused accused = new Accused(
                rs.getString("family_name"),
                rs.getString("given_names"),
                rs.getString("date_of_birth"),
                Sex.valueOf(rs.getString("sex")),
                strings(rs.getArray("nationalities")),
                strings(rs.getArray("document_numbers")));
        String outcome = rs.getString("outcome");
        return new Charge(
                rs.getObject("id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("registrant_id", UUID.class),
                rs.getLong("version"),
                accused,
                rs.getString("court"),
                rs.getString("case_number"),
                rs.getString("offence"),
                rs.getObject("charged_on", LocalDate.class),
                BailDecision.valueOf(rs.getString("bail")),
                strings(rs.getArray("bail_conditions")).stream()
                        .map(BailCondition::valueOf)
                        .toList(),
                rs.getObject("travel_ban_ended_on", LocalDate.class),
                rs.getString("travel_ban_end_reason"),
                outcome == null ? null : ChargeOutcome.valueOf(outcome),
                rs.getObject("outcome_on", LocalDate.class),
                instant(rs.getTimestamp("sealed_at")),
                rs.getString("recorded_by"),
                instant(rs.getTimestamp("recorded_at")),
                rs.getString("updated_by"),
                instant(rs.getTimestamp("updated_at")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

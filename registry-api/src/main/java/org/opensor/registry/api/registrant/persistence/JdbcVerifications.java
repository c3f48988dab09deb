package org.opensor.registry.api.registrant.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.registration.Verification;
import org.opensor.registry.api.registration.VerificationOutcome;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A registrant's address verifications in {@code registry.verification}: appended, never changed. */
@Repository
class JdbcVerifications {

    private static final RowMapper<Verification> ROW = (rs, n) -> new Verification(
            rs.getObject("id", UUID.class),
            localDate(rs, "verified_on"),
            VerificationOutcome.valueOf(rs.getString("outcome")),
            rs.getString("note"),
            rs.getString("verified_by"),
            rs.getTimestamp("recorded_at").toInstant());

    private final JdbcClient jdbc;

    JdbcVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID registrantId, Verification v) {
        jdbc.sql("""
                insert into registry.verification (id, registrant_id, verified_on, outcome, note, verified_by, recorded_at)
                values (:vid, :id, :on, :outcome, :note, :by, :at)
                """)
                .param("vid", v.id())
                .param("id", registrantId)
                .param("on", date(v.verifiedOn()))
                .param("outcome", v.outcome().name())
                .param("note", v.note())
                .param("by", v.verifiedBy())
                .param("at", Timestamp.from(v.recordedAt()))
                .update();
    }

    /** The verifications of registrant {@code registrantId}, in the order recorded. */
    List<Verification> of(UUID registrantId) {
        return jdbc.sql("select * from registry.verification where registrant_id = :id order by position")
                .param("id", registrantId)
                .query(ROW)
                .list();
    }

    /** The verifications of each of {@code registrantIds} in one query, each list in the order recorded. */
    Map<UUID, List<Verification>> ofAll(Collection<UUID> registrantIds) {
        Map<UUID, List<Verification>> byRegistrant = new HashMap<>();
        jdbc.sql("select * from registry.verification where registrant_id = any(:ids) order by position")
                .param("ids", registrantIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("registrant_id", UUID.class), ROW.mapRow(rs, n)))
                .list()
                .forEach(e -> byRegistrant
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return byRegistrant;
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}

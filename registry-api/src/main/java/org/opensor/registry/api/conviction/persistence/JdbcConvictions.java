package org.opensor.registry.api.conviction.persistence;

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
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.OffenceCategory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A registrant's convictions in {@code registry.conviction}: appended, never changed. */
@Repository
public class JdbcConvictions {

    private static final RowMapper<Conviction> ROW = (rs, n) -> new Conviction(
            rs.getObject("id", UUID.class),
            rs.getString("court"),
            rs.getString("case_number"),
            localDate(rs, "judgment_date"),
            new Offence(
                    rs.getString("offence_id"),
                    rs.getString("jurisdiction"),
                    rs.getString("statute"),
                    rs.getString("article"),
                    null,
                    OffenceCategory.valueOf(rs.getString("offence_category"))),
            rs.getBoolean("victim_minor"),
            rs.getBoolean("foreign_judgment"),
            new CountryCode(rs.getString("country")),
            (Integer) rs.getObject("sentence_months"),
            rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant());

    private final JdbcClient jdbc;

    JdbcConvictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends conviction {@code c} to registrant {@code registrantId}. */
    public void insert(UUID registrantId, Conviction c) {
        jdbc.sql("""
                insert into registry.conviction (id, registrant_id, court, case_number, judgment_date, offence_id, jurisdiction, statute,
                    article, offence_category, victim_minor, foreign_judgment, country, sentence_months, recorded_by, recorded_at)
                values (:cid, :id, :court, :caseNumber, :judgmentDate, :offenceId, :jurisdiction, :statute, :article, :category,
                    :victimMinor, :foreign, :country, :sentence, :by, :at)
                """)
                .param("cid", c.id())
                .param("id", registrantId)
                .param("court", c.court())
                .param("caseNumber", c.caseNumber())
                .param("judgmentDate", date(c.judgmentDate()))
                .param("offenceId", c.offence().id())
                .param("jurisdiction", c.offence().jurisdiction())
                .param("statute", c.offence().statute())
                .param("article", c.offence().article())
                .param("category", c.offence().category().name())
                .param("victimMinor", c.victimMinor())
                .param("foreign", c.foreign())
                .param("country", c.country().code())
                .param("sentence", c.sentenceMonths())
                .param("by", c.recordedBy())
                .param("at", Timestamp.from(c.recordedAt()))
                .update();
    }

    /** The convictions of registrant {@code registrantId}, in the order recorded. */
    public List<Conviction> of(UUID registrantId) {
        return jdbc.sql("select * from registry.conviction where registrant_id = :id order by position")
                .param("id", registrantId)
                .query(ROW)
                .list();
    }

    /** The convictions of each of {@code registrantIds} in one query, each list in the order recorded. */
    public Map<UUID, List<Conviction>> ofAll(Collection<UUID> registrantIds) {
        Map<UUID, List<Conviction>> byRegistrant = new HashMap<>();
        jdbc.sql("select * from registry.conviction where registrant_id = any(:ids) order by position")
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

package org.opensor.registry.api.custody.persistence;

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
import org.opensor.registry.api.custody.CustodyEvent;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.custody.Decree;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A registrant's custody timeline in {@code registry.custody_event}: appended, a mistake corrected by a new event. */
@Repository
public class JdbcCustodyEvents {

    private static final RowMapper<CustodyEvent> ROW = (rs, n) -> new CustodyEvent(
            rs.getObject("id", UUID.class),
            CustodyEventType.valueOf(rs.getString("type")),
            localDate(rs, "effective_date"),
            rs.getString("source_document"),
            rs.getString("decree_number") == null
                    ? null
                    : new Decree(rs.getString("decree_number"), localDate(rs, "decree_date")),
            (Integer) rs.getObject("sentence_reduced_by_months"),
            rs.getBoolean("releases_from_custody"),
            rs.getString("facility"),
            rs.getObject("corrects_event_id", UUID.class),
            CustodyStatus.valueOf(rs.getString("status_after")),
            rs.getString("entered_by"),
            rs.getTimestamp("entered_at").toInstant(),
            rs.getString("reason"));

    private final JdbcClient jdbc;

    JdbcCustodyEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends custody event {@code e} to registrant {@code registrantId}. */
    public void insert(UUID registrantId, CustodyEvent e) {
        jdbc.sql("""
                insert into registry.custody_event (id, registrant_id, type, effective_date, source_document, decree_number, decree_date,
                    sentence_reduced_by_months, releases_from_custody, facility, corrects_event_id, status_after, entered_by, entered_at, reason)
                values (:eid, :id, :type, :effective, :source, :decreeNumber, :decreeDate, :reducedBy, :releases, :facility, :corrects,
                    :statusAfter, :by, :at, :reason)
                """)
                .param("eid", e.id())
                .param("id", registrantId)
                .param("type", e.type().name())
                .param("effective", date(e.effectiveDate()))
                .param("source", e.sourceDocument())
                .param("decreeNumber", e.decree() == null ? null : e.decree().number())
                .param("decreeDate", date(e.decree() == null ? null : e.decree().date()))
                .param("reducedBy", e.sentenceReducedByMonths())
                .param("releases", e.releasesFromCustody())
                .param("facility", e.facility())
                .param("corrects", e.correctsEventId())
                .param("statusAfter", e.statusAfter().name())
                .param("by", e.enteredBy())
                .param("at", Timestamp.from(e.enteredAt()))
                .param("reason", e.reason())
                .update();
    }

    /** The custody events of registrant {@code registrantId}, in the order recorded. */
    public List<CustodyEvent> of(UUID registrantId) {
        return jdbc.sql("select * from registry.custody_event where registrant_id = :id order by position")
                .param("id", registrantId)
                .query(ROW)
                .list();
    }

    /** The custody events of each of {@code registrantIds} in one query, each list in the order recorded. */
    public Map<UUID, List<CustodyEvent>> ofAll(Collection<UUID> registrantIds) {
        Map<UUID, List<CustodyEvent>> byRegistrant = new HashMap<>();
        jdbc.sql("select * from registry.custody_event where registrant_id = any(:ids) order by position")
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

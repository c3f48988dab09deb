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
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.place.AddressKind;
import org.opensor.registry.api.place.CountryCode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A registrant's addresses in {@code registry.address}: appended, never changed. */
@Repository
class JdbcAddresses {

    private static final RowMapper<Address> ROW = (rs, n) -> new Address(
            rs.getObject("id", UUID.class),
            AddressKind.valueOf(rs.getString("kind")),
            rs.getString("line"),
            rs.getString("district"),
            rs.getString("province"),
            new CountryCode(rs.getString("country")),
            localDate(rs, "valid_from"),
            localDate(rs, "valid_to"),
            rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant());

    private final JdbcClient jdbc;

    JdbcAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID registrantId, Address a) {
        jdbc.sql("""
                insert into registry.address (id, registrant_id, kind, line, district, province, country, valid_from, valid_to, recorded_by, recorded_at)
                values (:aid, :id, :kind, :line, :district, :province, :country, :from, :to, :by, :at)
                """)
                .param("aid", a.id())
                .param("id", registrantId)
                .param("kind", a.kind().name())
                .param("line", a.line())
                .param("district", a.district())
                .param("province", a.province())
                .param("country", a.country().code())
                .param("from", date(a.validFrom()))
                .param("to", date(a.validTo()))
                .param("by", a.recordedBy())
                .param("at", Timestamp.from(a.recordedAt()))
                .update();
    }

    /** The addresses of registrant {@code registrantId}, in the order recorded. */
    List<Address> of(UUID registrantId) {
        return jdbc.sql("select * from registry.address where registrant_id = :id order by position")
                .param("id", registrantId)
                .query(ROW)
                .list();
    }

    /** The addresss of each of {@code registrantIds} in one query, each list in the order recorded. */
    Map<UUID, List<Address>> ofAll(Collection<UUID> registrantIds) {
        Map<UUID, List<Address>> byRegistrant = new HashMap<>();
        jdbc.sql("select * from registry.address where registrant_id = any(:ids) order by position")
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

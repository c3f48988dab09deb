package org.opensor.registry.api.statute.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opensor.registry.api.statute.LibraryEntry;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.OffenceCategory;
import org.opensor.registry.api.statute.PenaltyRange;
import org.opensor.registry.api.statute.Statutes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offence library in {@code registry.offence}. */
@Repository
class JdbcStatutes implements Statutes {

    private static final String ORDER = " order by jurisdiction, statute, length(article), article";

    private final JdbcClient jdbc;

    JdbcStatutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Offence> find(String id) {
        return jdbc.sql("select * from registry.offence where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public List<Offence> all() {
        return jdbc.sql("select * from registry.offence" + ORDER)
                .query((rs, n) -> map(rs))
                .list();
    }

    @Override
    public Optional<LibraryEntry> entry(String id) {
        return jdbc.sql("select * from registry.offence where id = :id")
                .param("id", id)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    @Override
    public List<LibraryEntry> entries() {
        return jdbc.sql("select * from registry.offence" + ORDER)
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static Offence map(ResultSet rs) throws SQLException {
        return new Offence(
                rs.getString("id"),
                rs.getString("jurisdiction"),
                rs.getString("statute"),
                rs.getString("article"),
                rs.getString("title"),
                OffenceCategory.valueOf(rs.getString("category")));
    }

    private static LibraryEntry entry(ResultSet rs) throws SQLException {
        Integer min = rs.getObject("penalty_min_months", Integer.class);
        Integer max = rs.getObject("penalty_max_months", Integer.class);
        PenaltyRange penalty = min == null || max == null
                ? null
                : new PenaltyRange(min, max, rs.getObject("aggravated_max_months", Integer.class));
        return new LibraryEntry(
                map(rs),
                rs.getString("title_km"),
                penalty,
                rs.getString("source"),
                LibraryEntry.Verification.valueOf(rs.getString("verification")),
                rs.getBoolean("offered"));
    }
}

package org.opensor.registry.api.statute.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.OffenceCategory;
import org.opensor.registry.api.statute.Statutes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offence library in {@code registry.offence}. */
@Repository
class JdbcStatutes implements Statutes {

    private final JdbcClient jdbc;

    JdbcStatutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Offence> find(String id) {
        return jdbc.sql("select * from registry.offence where id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<Offence> all() {
        return jdbc.sql("select * from registry.offence order by jurisdiction, statute, length(article), article")
                .query((rs, n) -> map(rs)).list();
    }

    private static Offence map(ResultSet rs) throws SQLException {
        return new Offence(rs.getString("id"), rs.getString("jurisdiction"), rs.getString("statute"), rs.getString("article"),
                rs.getString("title"), OffenceCategory.valueOf(rs.getString("category")));
    }
}

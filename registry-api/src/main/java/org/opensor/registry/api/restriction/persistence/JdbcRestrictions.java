package org.opensor.registry.api.restriction.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.opensor.registry.api.restriction.Restrictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Restrictions in {@code registry.registrant_restriction}, one row per unit. */
@Repository
class JdbcRestrictions implements Restrictions {

    private final JdbcClient jdbc;

    JdbcRestrictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong lockRegistrant(UUID registrantId) {
        return jdbc.sql("select version from registry.registrant where id = :id for update")
                .param("id", registrantId)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public List<String> unitsOf(UUID registrantId) {
        return jdbc.sql("select unit from registry.registrant_restriction where registrant_id = :id order by unit")
                .param("id", registrantId)
                .query(String.class)
                .list();
    }

    @Override
    public void replace(UUID registrantId, List<String> units, String setBy, Instant setAt) {
        jdbc.sql("delete from registry.registrant_restriction where registrant_id = :id")
                .param("id", registrantId)
                .update();
        for (String unit : units) {
            jdbc.sql(
                            "insert into registry.registrant_restriction (registrant_id, unit, set_by, set_at) values (:id, :unit, :by, :at)")
                    .param("id", registrantId)
                    .param("unit", unit)
                    .param("by", setBy)
                    .param("at", Timestamp.from(setAt))
                    .update();
        }
    }
}

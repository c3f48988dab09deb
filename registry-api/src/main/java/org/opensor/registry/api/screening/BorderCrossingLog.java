package org.opensor.registry.api.screening;

import java.sql.Timestamp;
import java.util.List;
import org.opensor.registry.events.travel.BorderHitV1;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The border hits registry-api raised, kept in {@code registry.border_crossing} so the travel-compliance job can
 * reconcile what the border saw with what was declared (the events leave with the outbox's retention).
 */
@Repository
class BorderCrossingLog {

    private final JdbcClient jdbc;

    BorderCrossingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction, with the hits' events. */
    void record(List<BorderHitV1> hits) {
        for (BorderHitV1 hit : hits) {
            jdbc.sql("""
                    insert into registry.border_crossing (id, registrant_id, direction, border_post, country, match_band, observed_at)
                    values (:id, :registrant, :direction, :post, :country, :band, :at)""")
                    .param("id", hit.hitId())
                    .param("registrant", hit.registrantId())
                    .param("direction", hit.direction())
                    .param("post", hit.borderPost())
                    .param("country", hit.country())
                    .param("band", hit.matchBand())
                    .param("at", Timestamp.from(hit.observedAt()))
                    .update();
        }
    }
}

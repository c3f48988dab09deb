package org.opensor.registry.api.screening.persistence;

import java.sql.Timestamp;
import java.util.List;
import org.opensor.registry.api.screening.BorderCrossingLog;
import org.opensor.registry.events.travel.BorderHitV1;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Border hits in {@code registry.border_crossing}, one row per hit. */
@Repository
class JdbcBorderCrossingLog implements BorderCrossingLog {

    private final JdbcClient jdbc;

    JdbcBorderCrossingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<BorderHitV1> hits) {
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

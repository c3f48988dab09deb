package org.opensor.registry.api.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Manifests already screened, by sender and interchange control reference, with their results. */
@Repository
class ScreenedManifests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    ScreenedManifests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ManifestScreening.ManifestResult> find(String sender, String controlReference) {
        return jdbc.sql("select result::text from registry.screened_manifest where sender = :s and control_reference = :r")
                .param("s", sender).param("r", controlReference).query(String.class).optional()
                .map(json -> JSON.readValue(json, ManifestScreening.ManifestResult.class));
    }

    /** Stored in the screening transaction: a concurrent second submission fails on the key instead of alerting twice. */
    void save(ManifestScreening.ManifestResult result, Instant at) {
        jdbc.sql("""
                insert into registry.screened_manifest (sender, control_reference, screened_at, travellers, hits, result)
                values (:s, :r, :at, :travellers, :hits, cast(:result as jsonb))
                """).param("s", result.sender()).param("r", result.controlReference()).param("at", Timestamp.from(at))
                .param("travellers", result.travellers()).param("hits", result.hitCount())
                .param("result", JSON.writeValueAsString(result)).update();
    }
}

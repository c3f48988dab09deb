package org.opensor.registry.api.screening.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.screening.ManifestScreening;
import org.opensor.registry.api.screening.ScreenedManifests;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Screened manifests in {@code registry.screened_manifest}, the result as jsonb. */
@Repository
class JdbcScreenedManifests implements ScreenedManifests {

    // Results stored before a field was added still read; fields since removed are ignored.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final JdbcClient jdbc;

    JdbcScreenedManifests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Stored> latest(String sender, String controlReference) {
        return jdbc.sql("""
                        select version, content_sha256, result::text from registry.screened_manifest
                        where sender = :s and control_reference = :r order by version desc limit 1""")
                .param("s", sender)
                .param("r", controlReference)
                .query((rs, n) -> new Stored(
                        rs.getInt(1),
                        rs.getString(2),
                        JSON.readValue(rs.getString(3), ManifestScreening.ManifestResult.class)))
                .optional();
    }

    @Override
    public void save(ManifestScreening.ManifestResult result, String contentSha256, Instant at) {
        try {
            insert(result, contentSha256, at);
        } catch (DuplicateKeyException e) {
            throw new RefusedTransition(
                    "body",
                    "manifest-screened-concurrently",
                    "version " + result.version() + " stored",
                    "Another request screened this manifest reference at the same moment; send the manifest again to get the stored result.");
        }
    }

    private void insert(ManifestScreening.ManifestResult result, String contentSha256, Instant at) {
        jdbc.sql("""
                insert into registry.screened_manifest (sender, control_reference, version, content_sha256, screened_at, travellers, hits, result)
                values (:s, :r, :version, :hash, :at, :travellers, :hits, cast(:result as jsonb))
                """)
                .param("s", result.sender())
                .param("r", result.controlReference())
                .param("version", result.version())
                .param("hash", contentSha256)
                .param("at", Timestamp.from(at))
                .param("travellers", result.travellers())
                .param("hits", result.hitCount())
                .param("result", JSON.writeValueAsString(result))
                .update();
    }
}

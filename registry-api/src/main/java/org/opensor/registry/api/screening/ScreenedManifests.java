package org.opensor.registry.api.screening;

import java.time.Instant;
import java.util.Optional;
import org.opensor.registry.api.refusal.RefusedTransition;

/** Manifests already screened, by sender and interchange control reference, one row per version, with their results. */
public interface ScreenedManifests {

    /** A stored version; {@code contentSha256} is null for manifests screened before content was hashed. */
    record Stored(int version, String contentSha256, ManifestScreening.ManifestResult result) {}

    /** The latest version screened under this sender and reference. */
    Optional<Stored> latest(String sender, String controlReference);

    /**
     * Stored in the screening transaction: a concurrent submission of the same version fails on the key instead of
     * alerting twice, and its transaction (with its border hits) is rolled back.
     *
     * @throws RefusedTransition (409) when another request stored this version first
     */
    void save(ManifestScreening.ManifestResult result, String contentSha256, Instant at);
}

package org.opensor.registry.api.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may send ({@code registry.requests}).
 *
 * @param maxBody         largest body of any request but a manifest; default 1MB (the largest valid registrant is
 *                        about 60 KB)
 * @param maxManifestBody largest PAXLST manifest body ({@code /api/v1/manifests}); default 5MB (a 500-seat flight is
 *                        about 150 KB)
 * @param maxPhotoBody    largest facial photo upload ({@code /photos}, multipart); default 6MB (the photo itself may be
 *                        5 MB, refused beyond with rule max-size-5MB; the rest is the multipart framing)
 * @param idempotencyKeyRetention how long a POST's {@code Idempotency-Key} and its answer are kept; default 24 hours
 */
@ConfigurationProperties("registry.requests")
public record RequestLimitSettings(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("5MB") DataSize maxManifestBody,
        @DefaultValue("6MB") DataSize maxPhotoBody,
        @DefaultValue("24h") Duration idempotencyKeyRetention) {}

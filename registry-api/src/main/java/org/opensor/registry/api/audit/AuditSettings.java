package org.opensor.registry.api.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the audit chain's key and its signed checkpoints live: both outside PostgreSQL, so that whoever controls the
 * database can neither forge a keyed hash nor hide a rewritten trail from the checkpoints already written.
 *
 * @param keyFile            the chain key file ({@code current=<id>}, {@code key.<id>=<base64, 32 bytes or more>}); required,
 *                           readable by the service only (mode 600); keys stay in it after a rotation so old entries verify
 * @param checkpointFile     the append-only file of signed checkpoints (one JSON object a line), created mode 600; required
 * @param checkpointInterval how often the chain's head is verified and signed (default one minute): the longest stretch
 *                           of the trail that a truncation or rollback can remove without a checkpoint exposing it
 */
@ConfigurationProperties("registry.audit")
public record AuditSettings(
        Path keyFile,
        Path checkpointFile,
        @DefaultValue("1m") Duration checkpointInterval) {}

package org.opensor.registry.events.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement of the audit chain's head, written by registry-api at a fixed interval outside PostgreSQL (the
 * Kafka topic {@code registry.audit-checkpoints.v1} and an append-only file). An auditor who keeps these can tell a
 * trail that was truncated, rebuilt or restored from an older backup from the one that was signed. JSON schema:
 * {@code schemas/audit-checkpoint.v1.json}.
 *
 * @param position  the position of the chain's last entry when it was signed
 * @param hash      that entry's keyed hash (HMAC-SHA256, hex)
 * @param count     how many entries the chain held up to and including {@code position}
 * @param keyedFrom the first position whose entry must carry a keyed hash (entries before it belong to the unkeyed
 *                  epoch written before keyed hashes were introduced)
 * @param signedAt  when registry-api verified the chain up to {@code position} and signed this checkpoint
 * @param keyId     the id of the key that signed it (the same key that keys the chain's hashes)
 * @param signature HMAC-SHA256, hex, over {@link #signedContent()}
 */
public record AuditCheckpointV1(
        long position, String hash, long count, long keyedFrom, Instant signedAt, String keyId, String signature) {

    public AuditCheckpointV1 {
        Objects.requireNonNull(hash, "hash is required");
        Objects.requireNonNull(signedAt, "signedAt is required");
        Objects.requireNonNull(keyId, "keyId is required");
        Objects.requireNonNull(signature, "signature is required");
    }

    /** The exact text the signature covers: the fields in declaration order, separated by {@code |}. */
    public String signedContent() {
        return String.join(
                "|",
                "audit-checkpoint.v1",
                Long.toString(position),
                hash,
                Long.toString(count),
                Long.toString(keyedFrom),
                signedAt.toString(),
                keyId);
    }
}

package org.opensor.registry.api.audit;

import java.time.Instant;

/**
 * A pruning of the audit trail ({@code registry.audit_prune}): every entry up to {@code through} was removed, and
 * verification starts from that entry's hash and count, which the signed checkpoint of that position repeats. Signed
 * with the chain key, so whoever cuts the trail without the key cannot record a pruning that explains the cut.
 *
 * @param through   the position of the last entry removed: a signed checkpoint's position
 * @param hash      that entry's hash
 * @param count     how many entries the chain held up to and including it
 * @param removed   how many entries this pruning removed (counted by the database)
 * @param olderThan the retention cut-off: every entry removed was written before it
 * @param prunedAt  when registry-api pruned
 */
record AuditAnchor(
        long through,
        String hash,
        long count,
        long removed,
        Instant olderThan,
        Instant prunedAt,
        String keyId,
        String signature) {

    /** The exact text the signature covers (the database's own count is not in it: it is known only afterwards). */
    String signedContent() {
        return String.join(
                "|",
                "audit-prune.v1",
                Long.toString(through),
                hash,
                Long.toString(count),
                olderThan.toString(),
                prunedAt.toString(),
                keyId);
    }

    ChainWalk.Head head() {
        return new ChainWalk.Head(through, hash, count);
    }
}

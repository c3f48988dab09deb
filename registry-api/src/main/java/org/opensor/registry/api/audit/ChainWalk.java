package org.opensor.registry.api.audit;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import org.opensor.registry.events.audit.AuditCheckpointV1;

/**
 * Walks audit entries in position order from a known head and stops at the first that does not verify: its link to the
 * previous entry, its hash (keyed from {@code keyedFrom} on, plain SHA-256 before), and, where a signed checkpoint names
 * its position, the hash and count that checkpoint recorded. A checkpoint the walk passes without meeting its entry, or
 * that lies beyond the chain's end, means entries were removed (truncated, or restored from an older backup); the break
 * is then reported at the first entry after the last checkpoint that still matched, which is where the trail stops being
 * the one that was signed.
 */
final class ChainWalk {

    /** Where a walk stands: the last entry's position and hash, and how many entries the chain holds up to it. */
    record Head(long position, String hash, long count) {
        static final Head GENESIS = new Head(0, AuditHash.GENESIS, 0);
    }

    private final AuditKeys keys;
    private final long keyedFrom;
    private final String keyedFromSource;
    private final Deque<AuditCheckpointV1> checkpoints;
    private Head head;
    private long checked;
    private AuditCheckpointV1 lastMatched;
    private Long firstAfterLastMatch;
    private ChainVerification broken;

    /**
     * @param keyedFromSource where {@code keyedFrom} comes from, for the report (a signed checkpoint outranks the database)
     * @param checkpoints     signed checkpoints to hold the chain against (empty for an incremental walk)
     */
    ChainWalk(
            AuditKeys keys,
            long keyedFrom,
            String keyedFromSource,
            Head start,
            Collection<AuditCheckpointV1> checkpoints) {
        this.keys = keys;
        this.keyedFrom = keyedFrom;
        this.keyedFromSource = keyedFromSource;
        this.head = start;
        this.checkpoints = new ArrayDeque<>(checkpoints.stream()
                .filter(c -> c.position() > start.position())
                .sorted(Comparator.comparingLong(AuditCheckpointV1::position))
                .toList());
    }

    /** @return false once the chain is broken (later entries are not looked at) */
    boolean accept(AuditTrail.StoredEntry stored) {
        if (broken != null) {
            return false;
        }
        long position = stored.position();
        checked++;
        if (firstAfterLastMatch == null) {
            firstAfterLastMatch = position;
        }
        if (!stored.previousHash().equals(head.hash())) {
            return fail(
                    position,
                    "the entry before position " + position + " was removed or changed (previous hash does not match)",
                    "previousHashMismatch",
                    position);
        }
        if (position >= keyedFrom) {
            if (stored.keyId() == null) {
                return fail(
                        position,
                        "entry at position " + position
                                + " carries no keyed hash, although the keyed chain starts at position " + keyedFrom
                                + " (" + keyedFromSource + "): it was rewritten by someone without the key",
                        "noKeyedHash",
                        position,
                        keyedFrom);
            }
            if (!keys.knows(stored.keyId())) {
                return fail(
                        position,
                        "entry at position " + position + " names a chain key this registry does not hold ('"
                                + stored.keyId() + "')",
                        "unknownKey",
                        position,
                        stored.keyId());
            }
            if (!AuditHash.keyed(keys, stored.keyId(), position, stored.entry(), stored.previousHash())
                    .equals(stored.hash())) {
                return fail(
                        position,
                        "entry at position " + position
                                + " does not match its keyed hash: it was changed, or the chain was re-hashed without the key from here on",
                        "keyedHashMismatch",
                        position);
            }
        } else if (!AuditHash.of(position, stored.entry(), stored.previousHash())
                .equals(stored.hash())) {
            return fail(
                    position,
                    "entry at position " + position
                            + " was changed after it was written (its hash does not match its fields)",
                    "hashMismatch",
                    position);
        }
        head = new Head(position, stored.hash(), head.count() + 1);
        if (!checkpoints.isEmpty() && checkpoints.peekFirst().position() < position) {
            return failCheckpoint(
                    checkpoints.peekFirst(), "the trail has no entry at that position", "checkpointNoEntry", null);
        }
        // one head may be signed more than once: by two instances, or again by one restarted before anything new
        while (!checkpoints.isEmpty() && checkpoints.peekFirst().position() == position) {
            AuditCheckpointV1 checkpoint = checkpoints.pollFirst();
            if (!checkpoint.hash().equals(stored.hash()) || checkpoint.count() != head.count()) {
                return failCheckpoint(
                        checkpoint,
                        "the entry there differs, or the trail before it holds " + head.count() + " entries, not "
                                + checkpoint.count(),
                        "checkpointDiffers",
                        head.count());
            }
            lastMatched = checkpoint;
            firstAfterLastMatch = null;
        }
        return true;
    }

    /** The verdict once every entry was offered. */
    ChainVerification result() {
        if (broken == null && !checkpoints.isEmpty()) {
            failCheckpoint(
                    checkpoints.peekLast(),
                    "the trail ends at position " + head.position(),
                    "checkpointTrailEnds",
                    head.position());
        }
        return broken != null ? broken : ChainVerification.intact(checked);
    }

    Head head() {
        return head;
    }

    /** @param observed what the trail has instead (a count or a position), the last fact of {@code code}'s words */
    private boolean failCheckpoint(AuditCheckpointV1 checkpoint, String what, String code, Object observed) {
        long at = firstAfterLastMatch != null
                ? firstAfterLastMatch
                : (lastMatched != null ? lastMatched.position() : head.position()) + 1;
        String since = lastMatched == null
                ? "no signed checkpoint matches the trail"
                : "the trail matches the checkpoint of position " + lastMatched.position() + " (signed "
                        + lastMatched.signedAt() + ")";
        return fail(
                at,
                "the trail is not the one signed in the checkpoint of position " + checkpoint.position() + " ("
                        + checkpoint.count()
                        + " entries, signed " + checkpoint.signedAt() + "): " + what + "; " + since
                        + ". Entries were removed, or the trail was truncated and rebuilt or restored from an older backup",
                code,
                checkpoint.position(),
                checkpoint.count(),
                checkpoint.signedAt(),
                observed);
    }

    private boolean fail(long position, String reason, String code, Object... facts) {
        broken = ChainVerification.broken(checked, position, reason, code, facts);
        return false;
    }
}

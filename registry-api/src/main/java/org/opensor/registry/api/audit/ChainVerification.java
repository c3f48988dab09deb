package org.opensor.registry.api.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact           true when every entry matches its hash and its predecessor, and the trail matches every signed
 *                         checkpoint kept outside the database
 * @param entriesChecked   entries read up to the first break (or all of them)
 * @param brokenAtPosition position of the first entry that does not verify (or, when entries are missing against a
 *                         checkpoint, the first position after the last checkpoint that still matches), or null
 * @param reason           what is wrong there, in words
 * @param prunedThrough    when retention removed the oldest entries: the position of the signed checkpoint the walk
 *                         started from (the last entry removed), else null
 */
public record ChainVerification(
        boolean intact, long entriesChecked, Long brokenAtPosition, String reason, Long prunedThrough) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    static ChainVerification broken(long checked, long position, String reason) {
        return new ChainVerification(false, checked, position, reason, null);
    }

    /** This verdict, noting that the walk started at the anchor of a pruning through {@code position}. */
    ChainVerification anchoredAt(long position) {
        return new ChainVerification(intact, entriesChecked, brokenAtPosition, reason, position);
    }
}

package org.opensor.registry.api.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.List;

/**
 * The result of walking the audit chain.
 *
 * @param intact           true when every entry matches its hash and its predecessor, and the trail matches every signed
 *                         checkpoint kept outside the database
 * @param entriesChecked   entries read up to the first break (or all of them)
 * @param brokenAtPosition position of the first entry that does not verify (or, when entries are missing against a
 *                         checkpoint, the first position after the last checkpoint that still matches), or null
 * @param reason           what is wrong there, in English words (the API's)
 * @param prunedThrough    when retention removed the oldest entries: the position of the signed checkpoint the walk
 *                         started from (the last entry removed), else null
 * @param code             what kind of break, for the console to say in the reader's language ({@code
 *                         verify.reason.<code>}); null when intact; not part of the API's JSON
 * @param facts            the break's particulars (positions, counts, key ids, times) in the order its words take them;
 *                         not part of the API's JSON
 */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        Long brokenAtPosition,
        String reason,
        Long prunedThrough,
        @JsonIgnore String code,
        @JsonIgnore List<Object> facts) {

    /** Every code of a break, so that the console can be held to word each one. */
    public static final List<String> CODES = List.of(
            "checkpointFileUnreadable",
            "checkpointSignatureInvalid",
            "pruningSignatureInvalid",
            "pruningWithoutCheckpoint",
            "previousHashMismatch",
            "noKeyedHash",
            "unknownKey",
            "keyedHashMismatch",
            "hashMismatch",
            "checkpointNoEntry",
            "checkpointDiffers",
            "checkpointTrailEnds");

    public ChainVerification {
        // a fact may be absent (null) where its words do not use it
        facts = facts == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(facts));
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null, null, List.of());
    }

    static ChainVerification broken(long checked, long position, String reason, String code, Object... facts) {
        return new ChainVerification(false, checked, position, reason, null, code, Arrays.asList(facts));
    }

    /** This verdict, noting that the walk started at the anchor of a pruning through {@code position}. */
    ChainVerification anchoredAt(long position) {
        return new ChainVerification(intact, entriesChecked, brokenAtPosition, reason, position, code, facts);
    }
}

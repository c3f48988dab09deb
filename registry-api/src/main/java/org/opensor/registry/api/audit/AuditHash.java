package org.opensor.registry.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hashes that chain audit entries, over the entry's position, fields and the previous entry's hash. Since V62 an
 * entry's hash is keyed (HMAC-SHA256 with a key the database never holds), so whoever can write to the database cannot
 * re-hash the chain after removing or changing an entry. Entries written before V62 keep their plain SHA-256: they
 * form the chain's unkeyed epoch, protected from then on by the first keyed entry, whose hash covers theirs.
 */
public final class AuditHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    /** The unkeyed SHA-256 of the epoch before V62. */
    public static String of(long position, AuditEntry e, String previousHash) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical(position, e, previousHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }

    /** The keyed hash: HMAC-SHA256 under key {@code keyId}, over the key id and the same fields as {@link #of}. */
    static String keyed(AuditKeys keys, String keyId, long position, AuditEntry e, String previousHash) {
        return keys.hmac(keyId, "audit-entry.v2\u001f" + keyId + "\u001f" + canonical(position, e, previousHash));
    }

    private static String canonical(long position, AuditEntry e, String previousHash) {
        return String.join(
                "\u001f",
                Long.toString(position),
                e.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(),
                e.actor(),
                nz(e.role()),
                e.action(),
                nz(e.recordId()),
                nz(e.purpose()),
                nz(e.clientAddress()),
                e.outcome(),
                Integer.toString(e.httpStatus()),
                previousHash);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}

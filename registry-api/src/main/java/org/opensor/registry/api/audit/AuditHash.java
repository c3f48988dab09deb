package org.opensor.registry.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains audit entries: SHA-256 over the entry's position, fields and the previous entry's
 * hash. Changing any field, or removing an entry, breaks the chain from that position on.
 */
public final class AuditHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(long position, AuditEntry e, String previousHash) {
        String canonical = String.join("\u001f", Long.toString(position),
                e.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(), e.actor(), nz(e.role()), e.action(), nz(e.recordId()),
                nz(e.purpose()), nz(e.clientAddress()), e.outcome(), Integer.toString(e.httpStatus()), previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}

package org.opensor.registry.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The audit chain's HMAC key for this test run: random, in a file only this user can read, never in the database. */
public final class TestAuditKey {

    private static Path file;

    private TestAuditKey() {}

    /** @return {@code OPENSOR_TEST_AUDIT_KEY_FILE} (the running stack's key, when the tests use that stack), else a new key */
    public static synchronized String file() {
        String stackKey = System.getenv("OPENSOR_TEST_AUDIT_KEY_FILE");
        if (stackKey != null && !stackKey.isBlank()) {
            return Path.of(stackKey).toAbsolutePath().toString();
        }
        if (file == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                file = Files.createTempFile(
                        "opensor-audit-key-",
                        ".properties",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(
                        file, "current=test\nkey.test=" + Base64.getEncoder().encodeToString(key) + "\n");
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file.toString();
    }

    /** A checkpoint file of its own for a test context (not created: the application creates it, mode 600). */
    public static String checkpointFile(String name) {
        try {
            Path dir = Files.createTempDirectory("opensor-audit-" + name + "-");
            dir.toFile().deleteOnExit();
            return dir.resolve("checkpoints.jsonl").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

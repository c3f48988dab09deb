package org.opensor.registry.api.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of the audit chain, read from a file the database never sees. The current key keys new entries and signs
 * checkpoints; older keys stay so that entries and checkpoints written under them still verify. Never logged.
 */
final class AuditKeys {

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
    private static final int MIN_KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    private AuditKeys(String currentId, Map<String, SecretKeySpec> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    static AuditKeys load(Path file) {
        if (file == null) {
            throw new IllegalStateException(
                    "registry.audit.key-file is not set: the audit chain needs a key that PostgreSQL never holds"
                            + " (see docs/operations.md, 'The audit chain key')");
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit chain key file " + file, e);
        }
        warnIfReadableByOthers(file);
        Map<String, SecretKeySpec> keys = new TreeMap<>();
        for (String name : values.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                String id = name.substring(4);
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(values.getProperty(name).trim());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Audit chain key '" + id + "' in " + file + " is not Base64");
                }
                if (bytes.length < MIN_KEY_BYTES) {
                    throw new IllegalStateException(
                            "Audit chain key '" + id + "' in " + file + " is shorter than " + MIN_KEY_BYTES + " bytes");
                }
                keys.put(id, new SecretKeySpec(bytes, "HmacSHA256"));
            }
        }
        String current = values.getProperty("current", "").trim();
        if (!keys.containsKey(current)) {
            throw new IllegalStateException(
                    "The audit chain key file " + file + " names no current key it holds (current=" + current + ")");
        }
        return new AuditKeys(current, Map.copyOf(keys));
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream()
                    .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                log.warn("The audit chain key file {} is readable by others than its owner: make it mode 600", file);
            }
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: nothing to check
        }
    }

    String currentId() {
        return currentId;
    }

    boolean knows(String keyId) {
        return keyId != null && keys.containsKey(keyId);
    }

    /** HMAC-SHA256 of {@code content} under the key {@code keyId}, hex. */
    String hmac(String keyId, String content) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no audit chain key with id " + keyId);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKeys[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}

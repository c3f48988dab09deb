package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account per role for the local stack, with passwords generated on first start and written to
 * {@code .local/demo-credentials} (mode 600) as {@code role username password} lines. registry-api reads
 * the file at start and creates the accounts it does not have yet.
 */
public final class DemoAccounts {

    /** role → username */
    public static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("court-clerk", "clerk");
        ACCOUNTS.put("police-officer", "police");
        ACCOUNTS.put("border-officer", "border");
        ACCOUNTS.put("registry-admin", "admin");
        ACCOUNTS.put("auditor", "auditor");
    }

    private DemoAccounts() {}

    public static Path file(StackLayout layout) {
        return layout.stateDir().resolve("demo-credentials");
    }

    public static void ensure(StackLayout layout) {
        Path file = file(layout);
        if (Files.isRegularFile(file)) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        ACCOUNTS.forEach((role, user) -> lines.append(role)
                .append(' ')
                .append(user)
                .append(' ')
                .append(Secrets.generatePassword())
                .append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated password of the demo account of {@code role}, or an empty string before the first start. */
    public static String password(StackLayout layout, String role) {
        return lines(layout).stream()
                .map(l -> l.split(" "))
                .filter(p -> p.length == 3 && p[0].equals(role))
                .map(p -> p[2])
                .findFirst()
                .orElse("");
    }

    /** Each demo account's generated password by user name (empty before the first start). */
    public static Map<String, String> passwordsByUsername(StackLayout layout) {
        Map<String, String> passwords = new LinkedHashMap<>();
        lines(layout).stream()
                .map(l -> l.split(" "))
                .filter(p -> p.length == 3)
                .forEach(p -> passwords.put(p[1], p[2]));
        return passwords;
    }

    public static List<String> lines(StackLayout layout) {
        try {
            return Files.readAllLines(file(layout)).stream()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The stack's data, logs and secrets are readable by their owner only: folders 700, files 600. The servers and
 * services are started with umask 077 ({@link ManagedProcess}), so what they create follows the same rule.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    /** The state folder when root runs the stack: the unprivileged servers must pass through it to their own folders. */
    static final Set<PosixFilePermission> TRAVERSE_ONLY_DIR = PosixFilePermissions.fromString("rwx--x--x");

    private PrivateFiles() {}

    /** Writes {@code content} to a file only its owner can read, whatever mode an older copy had. */
    static Path writeOwnerOnly(Path file, String content) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a folder only its owner can enter, or takes group and others' access away from an existing one. As root
     * others may still pass through it (711, no listing): the servers run as nobody below it, in folders of their own (700).
     */
    static Path ownerOnlyDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, Unprivileged.runningAsRoot() ? TRAVERSE_ONLY_DIR : OWNER_ONLY_DIR);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty log file only its owner can read (a process appends to it). */
    static Path ownerOnlyFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes group and others' access away from everything under {@code dir}: a tree written before this rule. */
    static void restrictTree(Path dir) {
        OsCommand.run(List.of("chmod", "-R", "go-rwx", dir.toString()), dir.getParent());
    }

    /** The state folder itself: private, except that root's unprivileged servers may pass through it. */
    static void stateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, Unprivileged.runningAsRoot() ? TRAVERSE_ONLY_DIR : OWNER_ONLY_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code command} with umask 077, so every file the process creates is its owner's only. */
    static List<String> withPrivateUmask(List<String> command) {
        List<String> wrapped = new java.util.ArrayList<>(List.of("/bin/sh", "-c", "umask 077 && exec \"$@\"", "sh"));
        wrapped.addAll(command);
        return wrapped;
    }
}

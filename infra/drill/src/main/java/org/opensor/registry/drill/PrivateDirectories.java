package org.opensor.registry.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Backups hold personal data: their folders are the owner's only (700), as the stack's state folder is. */
final class PrivateDirectories {

    private PrivateDirectories() {}

    static Path create(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return dir;
    }
}

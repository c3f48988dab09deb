package org.opensor.registry.api.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.events.audit.AuditCheckpointV1;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;

/**
 * The append-only file of signed checkpoints, one JSON object a line, that the auditor archives: outside PostgreSQL, so a
 * trail truncated, rebuilt or rolled back in the database no longer matches what was signed here.
 */
final class AuditCheckpointFile {

    /** What the file holds: readable checkpoints, and the numbers of lines that are not one (a torn last write, or an edit). */
    record Contents(List<AuditCheckpointV1> checkpoints, List<Integer> unreadableLines) {}

    private final Path file;

    AuditCheckpointFile(Path file) {
        if (file == null) {
            throw new IllegalStateException(
                    "registry.audit.checkpoint-file is not set: signed checkpoints of the audit chain must be kept"
                            + " outside PostgreSQL (see docs/operations.md, 'Audit checkpoints')");
        }
        this.file = file.toAbsolutePath();
    }

    Path path() {
        return file;
    }

    /** Appends one line and forces it to disk; the file (mode 600) and its folder (mode 700) are created when missing. */
    synchronized void append(AuditCheckpointV1 checkpoint) {
        try {
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(
                        file.getParent(),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            if (!Files.exists(file)) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            byte[] line = (new String(EventCodec.write(checkpoint), StandardCharsets.UTF_8) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + file, e);
        }
    }

    synchronized Contents read() {
        if (!Files.isRegularFile(file)) {
            return new Contents(List.of(), List.of());
        }
        List<AuditCheckpointV1> checkpoints = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    checkpoints.add(EventCodec.read(line.getBytes(StandardCharsets.UTF_8), AuditCheckpointV1.class));
                } catch (MalformedEventException e) {
                    unreadable.add(i + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
        }
        return new Contents(checkpoints, unreadable);
    }
}

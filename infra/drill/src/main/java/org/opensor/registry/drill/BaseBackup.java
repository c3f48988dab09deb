package org.opensor.registry.drill;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;

/**
 * A base backup made with PostgreSQL's low-level API ({@code pg_backup_start}, a copy of the data folder while the server
 * runs, {@code pg_backup_stop}), since the zonky binaries the stack runs carry no {@code pg_basebackup}. Replayed with the
 * WAL archive, it restores the server to the last archived segment.
 */
final class BaseBackup {

    /** What the copy leaves out, as PostgreSQL's documentation lists it: the server recreates or replays these. */
    private static final Set<String> CONTENTS_LEFT_OUT = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts");

    /** A finished backup: its folder and the WAL positions a restore must replay from and at least up to. */
    record Taken(Path folder, String startLsn, String stopLsn, Instant finishedAt) {}

    private BaseBackup() {}

    /** Copies {@code dataDir} to {@code target} (which must not exist) between the start and the stop of a backup. */
    static Taken take(Connection superuser, Path dataDir, Path target) throws SQLException, IOException {
        try (Statement sql = superuser.createStatement()) {
            String startLsn;
            // fast: a checkpoint now rather than a spread one, so the backup does not wait minutes
            try (ResultSet start = sql.executeQuery("select pg_backup_start('infra/local/drill', true)")) {
                start.next();
                startLsn = start.getString(1);
            }
            copyTree(dataDir, target);
            // waits until the segment holding the backup's end is archived: the backup is usable on its own
            try (ResultSet stop = sql.executeQuery("select lsn, labelfile, spcmapfile from pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(target.resolve("backup_label"), stop.getString("labelfile"));
                String tablespaces = stop.getString("spcmapfile");
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    Files.writeString(target.resolve("tablespace_map"), tablespaces);
                }
                return new Taken(target, startLsn, stop.getString("lsn"), Instant.now());
            }
        }
    }

    /** Copies a data folder, tolerating files the running server removes meanwhile (replay makes up for them). */
    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path copy = to.resolve(from.relativize(dir).toString());
                Files.copy(dir, copy, StandardCopyOption.COPY_ATTRIBUTES);
                boolean leftOut = !dir.equals(from)
                        && dir.getParent().equals(from)
                        && CONTENTS_LEFT_OUT.contains(dir.getFileName().toString());
                if (leftOut) {
                    if (dir.getFileName().toString().equals("pg_wal")) {
                        Files.createDirectories(copy.resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (file.getParent().equals(from)
                        && FILES_LEFT_OUT.contains(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException vanished) {
                    // dropped by the server during the copy; the WAL replay recreates what is still needed
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }
}

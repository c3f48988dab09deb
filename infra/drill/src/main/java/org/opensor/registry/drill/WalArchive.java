package org.opensor.registry.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL's continuous archiving into a folder: every finished WAL segment is copied there, and a segment with writes
 * in it is finished at the latest after {@code archiveTimeout}, which therefore bounds what a restore can lose.
 *
 * @param folder         where {@code archive_command} copies segments and {@code restore_command} reads them back
 * @param archiveTimeout PostgreSQL's {@code archive_timeout}
 */
record WalArchive(Path folder, Duration archiveTimeout) {

    /** Copies through a temporary name, so a crash during the copy never leaves a half segment under the real name. */
    String archiveCommand() {
        String target = shellQuoted(folder + "/%f");
        return "test ! -f " + target + " && cp %p " + shellQuoted(folder + "/%f.part") + " && mv "
                + shellQuoted(folder + "/%f.part") + " " + target;
    }

    String restoreCommand() {
        return "cp " + shellQuoted(folder + "/%f") + " %p";
    }

    /**
     * Turns archiving on with {@code ALTER SYSTEM} (kept in the data folder's {@code postgresql.auto.conf}, so a base
     * backup carries it) and reloads; {@code archive_mode} itself takes effect on the next start.
     *
     * @return true when the server must restart before it archives
     */
    boolean enable(Connection superuser) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("alter system set archive_mode = 'on'");
            sql.execute("alter system set archive_command = " + literal(archiveCommand()));
            sql.execute("alter system set archive_timeout = '" + archiveTimeout.toSeconds() + "s'");
            sql.execute("select pg_reload_conf()");
            try (ResultSet mode = sql.executeQuery("select setting from pg_settings where name = 'archive_mode'")) {
                mode.next();
                return !"on".equals(mode.getString(1));
            }
        }
    }

    /** The WAL segment now being written: once it is in the archive, everything written before this call is too. */
    static String currentSegment(Connection superuser) throws SQLException {
        try (Statement sql = superuser.createStatement();
                ResultSet segment = sql.executeQuery("select pg_walfile_name(pg_current_wal_lsn())")) {
            segment.next();
            return segment.getString(1);
        }
    }

    boolean holds(String segment) {
        return Files.isRegularFile(folder.resolve(segment));
    }

    /** When the newest segment arrived: the writes after it are what a failure now would lose. */
    Optional<Instant> lastArrival() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}"))
                    .map(WalArchive::modified)
                    .max(Instant::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

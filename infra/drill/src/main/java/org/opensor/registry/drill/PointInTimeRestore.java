package org.opensor.registry.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Lays a base backup into an empty data folder and asks PostgreSQL to replay the WAL archive on its next start: it
 * replays every archived segment, then ends recovery on a new timeline and accepts writes.
 */
final class PointInTimeRestore {

    private PointInTimeRestore() {}

    static void prepare(Path baseBackup, Path emptyDataDir, WalArchive archive) throws IOException {
        if (Files.exists(emptyDataDir)) {
            try (Stream<Path> entries = Files.list(emptyDataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(emptyDataDir + " is not empty: a restore never overwrites data");
                }
            }
            Files.delete(emptyDataDir);
        }
        BaseBackup.copyTree(baseBackup, emptyDataDir);
        Files.writeString(
                emptyDataDir.resolve("postgresql.auto.conf"),
                "\n# infra/local/drill: replay the archive to its end\nrestore_command = '"
                        + archive.restoreCommand().replace("'", "''") + "'\nrecovery_target_timeline = 'latest'\n",
                StandardOpenOption.APPEND);
        Files.writeString(emptyDataDir.resolve("recovery.signal"), "");
    }

    /** True once the replay is over: the server answers while it still replays, so answering is not enough. */
    static boolean finished(Connection superuser) throws SQLException {
        try (Statement sql = superuser.createStatement();
                ResultSet recovering = sql.executeQuery("select pg_is_in_recovery()")) {
            recovering.next();
            return !recovering.getBoolean(1);
        }
    }
}

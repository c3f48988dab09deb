package org.opensor.registry.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.PostgresServer;
import org.opensor.registry.stack.Secrets;
import org.opensor.registry.stack.StackLayout;

/**
 * The drill's PostgreSQL half against a real server: archiving on, a base backup, writes after it, a crash, and a
 * restore onto an empty data folder that must bring back what was archived and nothing that was not.
 */
class PointInTimeRecoveryIT {

    private Path state;
    private StackLayout layout;
    private PostgresServer postgres;

    @BeforeEach
    void startPostgres() throws Exception {
        state = Files.createTempDirectory(
                "opensor-drill-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
        layout = new StackLayout(StackLayout.findProjectRoot(Path.of("")), state).withServersReachableUnprivileged();
        postgres = new PostgresServer(layout, Ports.freePort(), new Secrets(state.resolve("secrets.properties")), true);
        LocalStack.startAndAwait(List.of(postgres), progress -> {});
    }

    @AfterEach
    void stopPostgres() throws Exception {
        postgres.stop();
        try (var files = Files.walk(state)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void aRestoreBringsBackWhatWasArchivedAndLosesOnlyTheWritesAfterTheLastArchivedSegment() throws Exception {
        WalArchive archive = new WalArchive(layout.walArchiveDir(), Duration.ofSeconds(60));
        try (Connection db = postgres.superuserConnection("postgres")) {
            if (archive.enable(db)) {
                postgres.stop();
                LocalStack.startAndAwait(List.of(postgres), progress -> {});
            }
        }
        BaseBackup.Taken base;
        try (Connection db = postgres.superuserConnection("postgres")) {
            execute(db, "create table written (phase text not null)");
            insert(db, "before the backup", 3);
            base = BaseBackup.take(db, postgres.dataDir(), state.resolve("base-backup"));
            insert(db, "archived", 2);
            String segment = WalArchive.currentSegment(db);
            // what archive_timeout does after a minute, at once
            execute(db, "select pg_switch_wal()");
            await().atMost(Duration.ofSeconds(30)).until(() -> archive.holds(segment));
            insert(db, "not archived", 1);
        }
        postgres.crash();
        Files.move(postgres.dataDir(), state.resolve("destroyed"));

        PointInTimeRestore.prepare(base.folder(), postgres.dataDir(), archive);
        LocalStack.startAndAwait(List.of(postgres), progress -> {});
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (Connection db = postgres.superuserConnection("postgres")) {
                return PointInTimeRestore.finished(db);
            } catch (SQLException starting) {
                return false;
            }
        });

        try (Connection db = postgres.superuserConnection("postgres")) {
            assertThat(phases(db)).isEqualTo(Map.of("before the backup", 3L, "archived", 2L));
            insert(db, "after the restore", 1);
            assertThat(phases(db)).containsEntry("after the restore", 1L);
        }
    }

    private static void insert(Connection db, String phase, int rows) throws SQLException {
        execute(db, "insert into written select '" + phase + "' from generate_series(1, " + rows + ")");
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, Long> phases(Connection db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select phase, count(*) from written group by phase")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}

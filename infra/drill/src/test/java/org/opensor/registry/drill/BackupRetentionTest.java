package org.opensor.registry.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRetentionTest {

    @TempDir
    Path backup;

    @Test
    void keepsTheNewestSetsAndTheWalTheOldestOfThemNeeds() throws IOException {
        backupSet("20261201-010000", "000000010000000000000003");
        backupSet("20261202-010000", "000000010000000000000007");
        backupSet("20261203-010000", "00000002000000000000000B");
        wal(
                "000000010000000000000002",
                "000000010000000000000003.00000028.backup",
                "000000010000000000000006",
                "000000010000000000000007",
                "000000010000000000000007.00000060.backup",
                "000000010000000000000008",
                "00000002.history",
                "00000002000000000000000B");

        BackupRetention.Pruned pruned = new BackupRetention(base(), wal(), 2).prune();

        assertThat(pruned.runs()).containsExactly("20261201-010000");
        assertThat(names(base())).containsExactlyInAnyOrder("20261202-010000", "20261203-010000");
        assertThat(names(wal()))
                .containsExactlyInAnyOrder(
                        "000000010000000000000007",
                        "000000010000000000000007.00000060.backup",
                        "000000010000000000000008",
                        "00000002.history",
                        "00000002000000000000000B");
        assertThat(pruned.segments()).isEqualTo(3);
    }

    @Test
    void anUnfinishedSetIsNeitherCountedNorTheOneWhoseWalIsKept() throws IOException {
        backupSet("20261201-010000", "000000010000000000000003");
        Files.createDirectories(base().resolve("20261209-010000").resolve("postgres"));
        wal("000000010000000000000002", "000000010000000000000003");

        BackupRetention.Pruned pruned = new BackupRetention(base(), wal(), 1).prune();

        assertThat(pruned.runs()).isEmpty();
        assertThat(names(wal())).containsExactly("000000010000000000000003");
    }

    @Test
    void neverKeepsFewerThanOneSet() {
        assertThatThrownBy(() -> new BackupRetention(base(), wal(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void backupSet(String run, String startSegment) throws IOException {
        Path postgres = Files.createDirectories(base().resolve(run).resolve("postgres"));
        Files.writeString(
                postgres.resolve("backup_label"),
                "START WAL LOCATION: 0/3000028 (file " + startSegment + ")\nCHECKPOINT LOCATION: 0/3000080\n");
        Files.writeString(postgres.resolve("PG_VERSION"), "17\n");
    }

    private void wal(String... names) throws IOException {
        Files.createDirectories(wal());
        for (String name : names) {
            Files.writeString(wal().resolve(name), "");
        }
    }

    private Path base() {
        return backup.resolve("base");
    }

    private Path wal() {
        return backup.resolve("wal");
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}

package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log files and the audit chain key of the local stack are readable by their owner only. */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewLogFileIsMode600InAFolderOfMode700() throws Exception {
        Path log = dir.resolve("logs/postgres.log");

        ManagedProcess.privateLogFile(log);

        assertThat(mode(log)).isEqualTo("rw-------");
        assertThat(mode(log.getParent())).isEqualTo("rwx------");
    }

    @Test
    void aLogFileAnOlderStackLeftReadableIsNarrowedAndKeepsItsLines() throws Exception {
        Path log = dir.resolve("logs/registry-api.log");
        Files.createDirectories(log.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(log, "earlier line\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        ManagedProcess.privateLogFile(log);

        assertThat(mode(log)).isEqualTo("rw-------");
        assertThat(mode(log.getParent())).isEqualTo("rwx------");
        assertThat(Files.readString(log)).isEqualTo("earlier line\n");
    }

    @Test
    void theAuditChainKeyIsGeneratedOncePrivatelyAndKeptAcrossStarts() throws Exception {
        Path key = AuditChainKey.ensure(dir);
        String first = Files.readString(key);

        assertThat(AuditChainKey.ensure(dir)).isEqualTo(key);
        assertThat(Files.readString(key)).isEqualTo(first).contains("current=1").containsPattern("key\\.1=[A-Za-z0-9+/]{43}=");
        assertThat(mode(key)).isEqualTo("rw-------");
        assertThat(mode(key.getParent())).isEqualTo("rwx------");
        assertThat(AuditChainKey.checkpointFile(dir).getParent()).isEqualTo(key.getParent());
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

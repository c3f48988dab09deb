package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack's files are its owner's only: what it writes, what its processes write, and their logs (issue 21). */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @Test
    void theAuditChainKeyIsGeneratedOncePrivatelyAndKeptAcrossStarts() throws Exception {
        Path key = AuditChainKey.ensure(dir);
        String first = Files.readString(key);

        assertThat(AuditChainKey.ensure(dir)).isEqualTo(key);
        assertThat(Files.readString(key))
                .isEqualTo(first)
                .contains("current=1")
                .containsPattern("key\\.1=[A-Za-z0-9+/]{43}=");
        assertThat(mode(key)).isEqualTo("rw-------");
        assertThat(mode(key.getParent())).isEqualTo("rwx------");
        assertThat(AuditChainKey.checkpointFile(dir).getParent()).isEqualTo(key.getParent());
    }

    @Test
    void aStateFolderIsPrivateAndOthersMayAtMostPassThroughWhenRootRunsTheServersAsNobody() throws Exception {
        StackLayout layout = new StackLayout(dir, dir.resolve("state"));

        Path kafka = layout.dir("kafka");

        String expected = Unprivileged.runningAsRoot() ? "rwx--x--x" : "rwx------";
        assertThat(mode(layout.stateDir())).isEqualTo(expected);
        assertThat(mode(kafka)).isEqualTo(expected);
    }

    @Test
    void aFolderFromBeforeTheRuleLosesItsWorldAccess() throws Exception {
        Path old = Files.createDirectories(dir.resolve("state/logs"));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path log = Files.writeString(old.resolve("kafka.log"), "old");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateFiles.restrictTree(old);

        assertThat(mode(old)).isEqualTo("rwx------");
        assertThat(mode(log)).isEqualTo("rw-------");
    }

    @Test
    void aConfigurationWithSecretsIsWrittenForItsOwnerOnlyEvenOverAnOlderReadableCopy() throws Exception {
        Path file = Files.writeString(dir.resolve("server.properties"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateFiles.writeOwnerOnly(file, "password=secret");

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("password=secret");
    }

    @Test
    void whatAStartedProcessCreatesAndItsLogAreTheOwnersOnly() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        ManagedProcess process = new ManagedProcess(dir.resolve("run/p.pid"), dir.resolve("logs/p.log"), "touch");

        ProcessHandle handle =
                process.start(List.of("/bin/sh", "-c", "touch created; mkdir folder; echo started"), Map.of(), work);
        handle.onExit().get(10, TimeUnit.SECONDS);

        assertThat(mode(work.resolve("created"))).isEqualTo("rw-------");
        assertThat(mode(work.resolve("folder"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("logs/p.log"))).isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve("logs/p.log"))).contains("started");
    }

    @Test
    void theLocalStacksServicesRunAsNobodyWhenRootStartsThem() throws Exception {
        Path root = Files.createDirectories(
                dir.resolve("checkout"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar =
                Files.createDirectories(root.resolve("search-indexer/target")).resolve("search-indexer-1.jar");
        Files.writeString(jar, "");
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        StackLayout layout = new StackLayout(root, dir.resolve("state"));

        ServiceTls tls = ServiceTls.issue(LocalCertificateAuthority.ensure(layout), "search-indexer");
        List<String> local = new ServiceProcess(layout, "search-indexer", "search-indexer", 1, "P", Map.of(), List.of())
                .command(tls);
        List<String> test = new ServiceProcess(layout, "search-indexer", 1, "P", Map.of()).command(tls);

        if (Unprivileged.runningAsRoot()) {
            assertThat(local).startsWith("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--");
            assertThat(Files.getOwner(layout.dir("search-indexer")).getName()).isEqualTo("nobody");
            assertThat(Files.getOwner(tls.certificate().privateKey()).getName()).isEqualTo("nobody");
        } else {
            assertThat(local).doesNotContain("setpriv");
        }
        assertThat(local).endsWith("-jar", jar.toString());
        assertThat(test).doesNotContain("setpriv");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

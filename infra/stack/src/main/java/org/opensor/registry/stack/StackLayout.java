package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where things are: the project checkout (server artifacts laid out by infra/servers, service jars) and the
 * state folder that holds every byte the running stack writes (data, logs, PID files, generated secrets).
 */
public record StackLayout(Path projectRoot, Path stateDir, Path serversDir) {

    /** The usual layout: server artifacts where infra/servers lays them out. */
    public StackLayout(Path projectRoot, Path stateDir) {
        this(projectRoot, stateDir, projectRoot.resolve("infra/servers/target/servers"));
    }

    /**
     * Run as root, PostgreSQL and Elasticsearch run as nobody, who may not enter the checkout (say, under
     * a 700 home folder). Then their binaries are copied into the state folder, which nobody can enter.
     */
    public StackLayout withServersReachableUnprivileged() {
        if (Unprivileged.canRead(serversDir)) {
            return this;
        }
        Path copy = stateDir.resolve("servers");
        OsCommand.run(java.util.List.of("cp", "-a", serversDir.toString(), copy.toString()), stateDir);
        OsCommand.run(java.util.List.of("chmod", "-R", "a+rX", copy.toString()), stateDir);
        return new StackLayout(projectRoot, stateDir, copy);
    }

    /** Finds the project root by walking up from {@code start} to the folder that holds mvnw and infra/. */
    /** The layout the local commands use: this checkout, state in {@code OPENSOR_STATE_DIR} or {@code .local}. */
    public static StackLayout fromEnvironment() {
        Path root = findProjectRoot(Path.of(""));
        String stateDir = System.getenv("OPENSOR_STATE_DIR");
        return new StackLayout(
                root,
                stateDir == null || stateDir.isBlank()
                        ? root.resolve(".local")
                        : Path.of(stateDir).toAbsolutePath());
    }

    public static Path findProjectRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra/servers"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "Cannot find the project root (a folder with mvnw and infra/servers) above " + start);
    }

    public Path postgresArchive() {
        return serversDir().resolve("postgres/postgres-linux-x86_64.txz");
    }

    public Path kafkaLibs() {
        return serversDir().resolve("kafka/libs");
    }

    public Path elasticsearchHome() {
        try (Stream<Path> dirs = Files.list(serversDir())) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("elasticsearch-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Elasticsearch is not laid out in " + serversDir()
                            + ": run ./mvnw -q -pl infra/servers generate-resources"));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Server artifacts are missing in " + serversDir()
                            + ": run ./mvnw -q -pl infra/servers generate-resources",
                    e);
        }
    }

    /** The executable jar of one of the project's services, e.g. {@code registry-api}. */
    public Path serviceJar(String module) {
        Path target = projectRoot.resolve(module).resolve("target");
        try (Stream<Path> jars = Files.list(target)) {
            return jars.filter(j -> {
                        String n = j.getFileName().toString();
                        return n.startsWith(module + "-")
                                && n.endsWith(".jar")
                                && !n.endsWith("-sources.jar")
                                && !n.endsWith("-plain.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No jar in " + target + ": build with ./mvnw -DskipTests package"));
        } catch (IOException e) {
            throw new IllegalStateException("No jar in " + target + ": build with ./mvnw -DskipTests package", e);
        }
    }

    /** A folder of the state folder, only its owner may enter (700): data, logs, PID files. */
    public Path dir(String name) {
        PrivateFiles.stateDirectory(stateDir);
        return PrivateFiles.ownerOnlyDirectory(stateDir.resolve(name));
    }

    /**
     * Where backups of this stack go ({@code backup/}): PostgreSQL's WAL archive, Elasticsearch's snapshot repository and
     * the base backups. Owned by the servers' user, since PostgreSQL's archiver and Elasticsearch write into it.
     */
    public Path backupDir() {
        Path backup = dir("backup");
        for (String part : java.util.List.of("wal", "elasticsearch", "base")) {
            try {
                Files.createDirectories(backup.resolve(part));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Unprivileged.handOver(backup);
        return backup;
    }

    /** PostgreSQL's WAL archive: {@code archive_command} copies each finished segment here. */
    public Path walArchiveDir() {
        return backupDir().resolve("wal");
    }

    /** Elasticsearch's {@code path.repo}: snapshot repositories of type {@code fs} must live below it. */
    public Path snapshotRepositoryDir() {
        return backupDir().resolve("elasticsearch");
    }

    public Path runDir() {
        return dir("run");
    }

    public Path logDir() {
        return dir("logs");
    }

    public Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    public Path javaExecutable() {
        return javaHome().resolve("bin/java");
    }
}

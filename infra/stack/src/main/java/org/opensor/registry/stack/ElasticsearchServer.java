package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Elasticsearch 9 node (the integ-test-zip distribution from Maven Central: core modules only).
 * It refuses to run as root, so as root it runs as nobody; its config, data and logs live in the state
 * folder, readable by the user it runs as only. Readiness is cluster health: this distribution has no handler for
 * {@code GET /}. It has no security module either: its port answers anyone on the host (docs/security.md).
 */
public final class ElasticsearchServer implements Component {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackLayout layout;
    private final String name;
    private final int port;
    private final String heap;
    private final ElasticsearchCluster cluster;
    private final ManagedProcess launcher;
    private final ManagedProcess server;

    /** @param heap JVM heap, e.g. {@code 512m}: enough for a registry of a few hundred thousand people */
    public ElasticsearchServer(StackLayout layout, int port, String heap) {
        this(layout, "elasticsearch", port, heap, null);
    }

    /** One node of {@code cluster} (null: a single node that forms its own cluster) named {@code name}. */
    public ElasticsearchServer(StackLayout layout, String name, int port, String heap, ElasticsearchCluster cluster) {
        this.layout = layout;
        this.name = name;
        this.port = port;
        this.heap = heap;
        this.cluster = cluster;
        this.launcher = new ManagedProcess(
                layout.runDir().resolve(name + "-launcher.pid"),
                layout.logDir().resolve(name + ".log"),
                "elasticsearch");
        // The server JVM is a child of the launcher and writes its own PID: after a crash of the launcher
        // it may live on, and down/status must still find it.
        this.server = new ManagedProcess(
                layout.dir(name).resolve("server.pid"), layout.logDir().resolve(name + ".log"), "elasticsearch");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String portVariable() {
        return "OPENSOR_ELASTICSEARCH_PORT";
    }

    @Override
    public Path logFile() {
        return launcher.logFile();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return server.running().or(launcher::running);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void start() {
        Path distribution = layout.elasticsearchHome();
        Unprivileged.requireReachable(distribution.resolve("lib"));
        Path home = layout.dir(name);
        Path config = home.resolve("config");
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        Path tmp = home.resolve("tmp");
        try {
            if (!Files.isDirectory(config)) {
                copyTree(distribution.resolve("config"), config);
            }
            Files.createDirectories(data);
            Files.createDirectories(logs);
            // Elasticsearch names its own log files; the folder keeps them from other users of the host.
            Files.setPosixFilePermissions(logs, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(tmp);
            Files.writeString(config.resolve("elasticsearch.yml"), """
                    # written by infra/stack on every start
                    cluster.name: opensor-registry
                    node.name: %s
                    path.data: %s
                    path.logs: %s
                    # snapshots for backups (infra/local/drill) go to a filesystem repository below it
                    path.repo: %s
                    network.host: 127.0.0.1
                    http.port: %d
                    %s
                    cluster.routing.allocation.disk.threshold_enabled: false
                    action.auto_create_index: false
                    # loopback only; without this the node would generate TLS certificates on first start
                    xpack.security.enabled: false
                    """.formatted(
                            cluster == null ? "local" : name,
                            data,
                            logs,
                            layout.snapshotRepositoryDir(),
                            port,
                            cluster == null
                                    ? "transport.port: " + Ports.freePort() + "\ndiscovery.type: single-node"
                                    : cluster.nodeSettings(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivateFiles.restrictTree(home);
        Unprivileged.handOver(home);
        Path pidFile = home.resolve("server.pid");
        launcher.start(
                Unprivileged.command(
                        List.of(distribution.resolve("bin/elasticsearch").toString(), "-p", pidFile.toString())),
                Map.of(
                        "ES_JAVA_HOME",
                        layout.javaHome().toString(),
                        "ES_PATH_CONF",
                        config.toString(),
                        "ES_TMPDIR",
                        tmp.toString(),
                        "HOME",
                        home.toString(),
                        "ES_JAVA_OPTS",
                        "-Xms" + heap + " -Xmx" + heap),
                home);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?timeout=1s"))
                            .timeout(Duration.ofSeconds(3))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Three nodes starting at once on a small machine take longer than one. */
    @Override
    public Duration startTimeout() {
        return cluster == null ? Component.super.startTimeout() : Duration.ofSeconds(600);
    }

    @Override
    public void stop() {
        server.stop(Duration.ofSeconds(30));
        launcher.stop(Duration.ofSeconds(10));
    }
}

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
 * A real Elasticsearch 9 node (the integ-test-zip distribution from Maven Central: core modules plus x-pack-core and
 * x-pack-security). It refuses to run as root, so as root it runs as nobody; its config, data and logs live in the state
 * folder, readable by the user it runs as only. Security is on: HTTPS only, TLS between nodes, both with a certificate of
 * the install's {@link LocalCertificateAuthority}, and file-realm users with the roles of {@link ElasticsearchAccess}
 * (no anonymous access). Readiness is cluster health: this distribution has no handler for {@code GET /}.
 */
public final class ElasticsearchServer implements Component {

    private final StackLayout layout;
    private final String name;
    private final int port;
    private final String heap;
    private final ElasticsearchCluster cluster;
    private final ManagedProcess launcher;
    private final ManagedProcess server;
    private final Secrets secrets;
    private HttpClient http;

    /**
     * @param heap    JVM heap, e.g. {@code 512m}: enough for a registry of a few hundred thousand people
     * @param secrets where the users' passwords are generated and kept
     */
    public ElasticsearchServer(StackLayout layout, int port, String heap, Secrets secrets) {
        this(layout, "elasticsearch", port, heap, null, secrets);
    }

    /** One node of {@code cluster} (null: a single node that forms its own cluster) named {@code name}. */
    public ElasticsearchServer(
            StackLayout layout, String name, int port, String heap, ElasticsearchCluster cluster, Secrets secrets) {
        this.layout = layout;
        this.secrets = secrets;
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
        return "https://127.0.0.1:" + port;
    }

    /** The password of an Elasticsearch user ({@link ElasticsearchAccess}), generated on first use, kept in the secrets. */
    public String password(String user) {
        return secrets.get(ElasticsearchAccess.secretKey(user));
    }

    /** The certificate authority clients trust to reach the node (the install's, {@link LocalCertificateAuthority}). */
    public Path trustedCertificate() {
        return LocalCertificateAuthority.certificateFile(layout.stateDir());
    }

    /** An HTTPS client that trusts the install's authority only and checks the node's name. */
    public synchronized HttpClient http() {
        if (http == null) {
            http = ServiceTls.client(trustedCertificate()).build();
        }
        return http;
    }

    /** A request to {@code path} (e.g. {@code /_cluster/health}) on this node, logged in as {@code user}. */
    public HttpRequest.Builder request(String path, String user) {
        return ElasticsearchAccess.as(HttpRequest.newBuilder(URI.create(url() + path)), user, password(user));
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
        ServerCertificate certificate = LocalCertificateAuthority.ensure(layout).server(name);
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
                    # security (ElasticsearchAccess): HTTPS only, TLS between nodes, file-realm users, no anonymous
                    xpack.security.enabled: true
                    xpack.security.autoconfiguration.enabled: false
                    xpack.security.http.ssl.enabled: true
                    xpack.security.http.ssl.certificate: tls/node.crt
                    xpack.security.http.ssl.key: tls/node.key
                    xpack.security.http.ssl.supported_protocols: [ "%s" ]
                    xpack.security.transport.ssl.enabled: true
                    xpack.security.transport.ssl.certificate: tls/node.crt
                    xpack.security.transport.ssl.key: tls/node.key
                    xpack.security.transport.ssl.certificate_authorities: [ "tls/ca.pem" ]
                    xpack.security.transport.ssl.verification_mode: full
                    xpack.security.transport.ssl.supported_protocols: [ "%s" ]
                    xpack.security.authc.realms.file.local.order: 0
                    # no built-in elastic user with a bootstrap password, no API keys: the file realm's users only
                    xpack.security.authc.reserved_realm.enabled: false
                    xpack.security.authc.api_key.enabled: false
                    """.formatted(
                            cluster == null ? "local" : name,
                            data,
                            logs,
                            layout.snapshotRepositoryDir(),
                            port,
                            cluster == null
                                    ? "transport.port: " + Ports.freePort() + "\ndiscovery.type: single-node"
                                    : cluster.nodeSettings(name),
                            ServiceTls.PROTOCOL,
                            ServiceTls.PROTOCOL));
            writeSecurityFiles(config, certificate);
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

    /**
     * The node's certificate, key and the authority (Elasticsearch reads TLS files only below its config folder, and
     * reloads them when they change) and the file realm: users with password hashes, their roles, the roles.
     */
    private void writeSecurityFiles(Path config, ServerCertificate certificate) throws IOException {
        Path tls = PrivateFiles.ownerOnlyDirectory(config.resolve("tls"));
        PrivateFiles.writeOwnerOnly(tls.resolve("node.crt"), Files.readString(certificate.chain()));
        PrivateFiles.writeOwnerOnly(tls.resolve("node.key"), Files.readString(certificate.privateKey()));
        PrivateFiles.writeOwnerOnly(tls.resolve("ca.pem"), Files.readString(trustedCertificate()));
        PrivateFiles.writeOwnerOnly(config.resolve("roles.yml"), ElasticsearchAccess.rolesFile());
        PrivateFiles.writeOwnerOnly(config.resolve("users_roles"), ElasticsearchAccess.usersRolesFile());
        PrivateFiles.writeOwnerOnly(config.resolve("users"), ElasticsearchAccess.usersFile(this::password));
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
        if (!Files.isRegularFile(trustedCertificate())) {
            return false; // never started: no authority yet
        }
        try {
            HttpResponse<String> response = http().send(
                            request("/_cluster/health?timeout=1s", ElasticsearchAccess.MONITOR)
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

package org.opensor.registry.stack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HAProxy (Debian's package) in front of the registry-api instances of cluster mode, terminating TLS with the
 * certificate generated for this install and re-encrypting to the instances, whose certificates it checks. Console sessions live in each instance's memory, so a browser sticks to the
 * instance that signed it in (a cookie); when that instance is gone the next request goes to another, which asks the
 * user to sign in again (docs/operations.md, "Cluster mode"). Requests are retried on another instance only when the
 * connection failed, never after one was sent: a retried POST could register a person twice.
 */
public final class LoadBalancer implements Component {

    private final StackLayout layout;
    private final int port;
    private final List<ServiceProcess> backends;
    private final ManagedProcess process;

    public LoadBalancer(StackLayout layout, int port, List<ServiceProcess> backends) {
        this.layout = layout;
        this.port = port;
        this.backends = List.copyOf(backends);
        this.process = new ManagedProcess(
                layout.runDir().resolve("haproxy.pid"), layout.logDir().resolve("haproxy.log"), "haproxy");
    }

    @Override
    public String name() {
        return "haproxy";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String portVariable() {
        return "OPENSOR_CLUSTER_HTTPS_PORT";
    }

    @Override
    public Path logFile() {
        return process.logFile();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return process.running();
    }

    public String url() {
        return "https://127.0.0.1:" + port;
    }

    /** The certificate authority clients trust to reach {@link #url()} (e.g. {@code curl --cacert}). */
    public Path certificate() {
        return LocalCertificateAuthority.certificateFile(layout.stateDir());
    }

    static Path executable() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new StackException(
                "Cluster mode puts HAProxy in front of registry-api, and it is not installed. "
                        + "Install Debian's package (apt-get install haproxy); infra/local/up --cluster does so when run as root.");
    }

    @Override
    public void start() {
        Path haproxy = executable();
        Path home = layout.dir("haproxy");
        Path pem = serverPem(LocalCertificateAuthority.ensure(layout).server("haproxy"));
        PrivateFiles.writeOwnerOnly(pem.resolveSibling(INSTANCE_LOST), INSTANCE_LOST_ANSWER);
        Path config = PrivateFiles.writeOwnerOnly(home.resolve("haproxy.cfg"), config(pem));
        Unprivileged.handOver(home);
        Unprivileged.handOver(pem.getParent());
        process.start(
                Unprivileged.command(List.of(haproxy.toString(), "-db", "-f", config.toString())), Map.of(), home);
    }

    /** HAProxy reads its certificate chain and key from one file. */
    private static Path serverPem(ServerCertificate certificate) {
        try {
            return PrivateFiles.writeOwnerOnly(
                    certificate.folder().resolve("haproxy.pem"),
                    Files.readString(certificate.chain()) + Files.readString(certificate.privateKey()));
        } catch (IOException e) {
            throw new StackException("Cannot write HAProxy's certificate: " + e.getMessage(), e);
        }
    }

    /**
     * What a client gets when the instance serving its request died before answering (HAProxy's own 502 or 504): the
     * API's 503 with Retry-After, since another instance answers a moment later (and an Idempotency-Key makes the
     * retry of a write safe). A 5xx that an instance itself sends passes unchanged.
     */
    static final String INSTANCE_LOST = "instance-lost.http";

    static final String INSTANCE_LOST_ANSWER = "HTTP/1.1 503 Service Unavailable\r\n"
            + "Content-Type: application/problem+json\r\n"
            + "Retry-After: 1\r\n"
            + "Cache-Control: no-store\r\n"
            + "Connection: close\r\n"
            + "\r\n"
            + "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The registry instance handling this request stopped before answering; another one"
            + " answers a moment later. Send the request again (with the same Idempotency-Key for a write).\"}\n";

    String config(Path pem) {
        String servers = backends.stream()
                // re-encrypted to each instance, whose certificate must come from the install's authority and name
                // localhost; the health checks go over the same TLS
                .map(b -> ("    server %1$s 127.0.0.1:%2$d ssl verify required ca-file %3$s verifyhost localhost"
                                + " sni str(localhost) alpn http/1.1 check check-ssl cookie %1$s")
                        .formatted(b.name(), b.port(), certificate()))
                .collect(Collectors.joining("\n"));
        return """
                # written by infra/stack on every start of cluster mode
                global
                    maxconn 4000
                    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets
                    ssl-default-server-options ssl-min-ver TLSv1.3
                # no request log: URLs carry search terms, and personal data never goes to a log
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # the alert streams (server-sent events) stay open
                    timeout tunnel 1h
                    option forwardfor
                    retries 2
                    retry-on conn-failure
                    option redispatch
                    errorfile 502 %4$s
                    errorfile 504 %4$s
                frontend registry
                    bind 127.0.0.1:%1$d ssl crt %2$s alpn http/1.1
                    http-request set-header X-Forwarded-Proto https
                    http-request set-header X-Forwarded-Port %1$d
                    http-response set-header Strict-Transport-Security "max-age=31536000"
                    default_backend registry_api
                backend registry_api
                    balance roundrobin
                    cookie OPENSOR_INSTANCE insert indirect nocache httponly secure
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %3$s
                """.formatted(port, pem, servers, pem.resolveSibling(INSTANCE_LOST));
    }

    @Override
    public boolean healthy() {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(LocalCertificateAuthority.sslContext(certificate()))
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        return HttpHealth.answers200(client, url() + "/actuator/health/readiness");
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(10));
    }
}

package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keycloak (the Quarkus distribution from Maven Central) as the registry's identity provider, on the loopback interface
 * only and over HTTPS only (a certificate of the install's {@link LocalCertificateAuthority}, no plaintext listener),
 * with the realm of {@code infra/keycloak/opensor-realm.json} imported on its first start. The realm file names
 * its secrets as placeholders; they are generated per install into the state folder's secrets file and handed to
 * Keycloak through its environment, so neither the repository nor a log holds one. Its demo users have the usernames
 * and passwords of {@link DemoAccounts}.
 */
public final class KeycloakServer implements Component {

    public static final String REALM = "opensor";
    /** The web console's client: authorization code with PKCE (S256), confidential. */
    public static final String CONSOLE_CLIENT = "registry-console";
    /** The machine client of a border agency's system: client credentials, role border-agency-system. */
    public static final String MACHINE_CLIENT = "registry-machine";
    /** The realm file in the repository, relative to the project root. */
    static final String REALM_FILE = "infra/keycloak/opensor-realm.json";

    private final StackLayout layout;
    private final int port;
    private final String consoleUrl;
    private final Secrets secrets;
    private final ManagedProcess process;
    private HttpClient http;

    /**
     * @param consoleUrl where registry-api's console answers (e.g. {@code https://127.0.0.1:8080}): the only redirect
     *                   and post-logout target the console's client accepts
     */
    public KeycloakServer(StackLayout layout, int port, String consoleUrl, Secrets secrets) {
        this.layout = layout;
        this.port = port;
        this.consoleUrl = consoleUrl;
        this.secrets = secrets;
        this.process = new ManagedProcess(
                layout.runDir().resolve("keycloak.pid"), layout.logDir().resolve("keycloak.log"), "keycloak");
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String portVariable() {
        return "OPENSOR_KEYCLOAK_PORT";
    }

    @Override
    public Path logFile() {
        return process.logFile();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return process.running();
    }

    /** The first start creates Keycloak's database and imports the realm: 40 s on an idle host, minutes on a busy one. */
    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(600);
    }

    /** HTTPS only; the certificate names 127.0.0.1 and localhost. */
    public String url() {
        return "https://127.0.0.1:" + port;
    }

    /** The certificate authority (PEM) a client trusts to reach {@link #url()}: the install's. */
    public Path trustedCertificate() {
        return LocalCertificateAuthority.certificateFile(layout.stateDir());
    }

    /** The {@code iss} of the realm's tokens, which registry-api accepts and nothing else. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUri() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String consoleClientSecret() {
        return secrets.get("keycloak.client-secret." + CONSOLE_CLIENT);
    }

    public String machineClientSecret() {
        return secrets.get("keycloak.client-secret." + MACHINE_CLIENT);
    }

    /** Keycloak's own administrator (master realm), for an operator who must unlock a user or rotate a secret. */
    public String adminPassword() {
        return secrets.get("keycloak.admin.password");
    }

    @Override
    public void start() {
        Path home = layout.dir("keycloak");
        Path server = home.resolve("server");
        Path distribution = built(distribution());
        if (!Files.isRegularFile(server.resolve("bin/kc.sh"))) {
            // Keycloak writes its data (H2 files, the realm import) under its own folder: each install gets its own
            // copy.
            OsCommand.run(List.of("cp", "-a", distribution.toString(), server.toString()), home);
        }
        Path tmp = home.resolve("tmp");
        try {
            Files.createDirectories(tmp);
            Path imports = Files.createDirectories(server.resolve("data/import"));
            Files.copy(
                    layout.projectRoot().resolve(REALM_FILE),
                    imports.resolve("opensor-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot place the realm file " + REALM_FILE, e);
        }
        ServerCertificate certificate = LocalCertificateAuthority.ensure(layout).server(name(), keyStorePassword());
        PrivateFiles.restrictTree(home);
        Unprivileged.handOver(home);
        Unprivileged.handOver(certificate.folder());
        process.start(Unprivileged.command(command(server, certificate)), environment(tmp), home);
    }

    /**
     * HTTPS on 127.0.0.1 only, TLS 1.3, with the PKCS#12 key store of the install's authority; the plaintext listener off,
     * and no cluster listener.
     * Keycloak reads the key store again every hour ({@code https-certificates-reload-period}), so a reissued
     * certificate is served without a restart.
     */
    List<String> command(Path server, ServerCertificate certificate) {
        return List.of(
                server.resolve("bin/kc.sh").toString(),
                "start",
                "--http-enabled=false",
                "--http-host=127.0.0.1",
                "--https-port=" + port,
                "--https-key-store-file=" + certificate.keyStore(),
                "--https-key-store-type=PKCS12",
                "--https-protocols=" + ServiceTls.PROTOCOL,
                // at start too: given to the build only, Keycloak 26.5 still formed an Infinispan cluster (JDBC_PING)
                // with listeners on every interface (7800, 57800)
                "--cache=local",
                "--hostname=" + url(),
                "--optimized",
                "--import-realm");
    }

    private String keyStorePassword() {
        return secrets.get("tls.keystore.password." + name());
    }

    /**
     * Keycloak's optimized server, built once into the laid-out distribution (by the user running the stack, who owns
     * it): the build (Quarkus augmentation) takes minutes on a busy host, which every start would otherwise repeat.
     * {@code --cache=local}: a single node, no cluster discovery, nothing listening beyond the HTTP port.
     */
    private Path built(Path distribution) {
        Path marker = distribution.resolve("lib/quarkus/opensor-built-" + BUILD_OPTIONS.hashCode());
        if (!Files.isRegularFile(marker)) {
            List<String> build = new java.util.ArrayList<>(
                    List.of(distribution.resolve("bin/kc.sh").toString(), "build"));
            build.addAll(BUILD_OPTIONS);
            OsCommand.run(
                    build, distribution, Map.of("JAVA_HOME", layout.javaHome().toString()));
            try {
                Files.writeString(marker, String.join(" ", BUILD_OPTIONS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return distribution;
    }

    private static final List<String> BUILD_OPTIONS = List.of("--cache=local");

    private Map<String, String> environment(Path tmp) {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", layout.javaHome().toString());
        env.put("HOME", layout.stateDir().resolve("keycloak").toString());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmp);
        // in the environment, not the command line, where any user's ps would show it
        env.put("KC_HTTPS_KEY_STORE_PASSWORD", keyStorePassword());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "keycloak-admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
        env.put("OPENSOR_KC_CONSOLE_URL", consoleUrl);
        env.put("OPENSOR_KC_CONSOLE_SECRET", consoleClientSecret());
        env.put("OPENSOR_KC_MACHINE_SECRET", machineClientSecret());
        DemoAccounts.ensure(layout);
        DemoAccounts.ACCOUNTS
                .keySet()
                .forEach(role -> env.put(passwordVariable(role), DemoAccounts.password(layout, role)));
        return env;
    }

    /** The realm file's placeholder for a demo user's password, e.g. OPENSOR_KC_PASSWORD_COURT_CLERK. */
    static String passwordVariable(String role) {
        return "OPENSOR_KC_PASSWORD_" + role.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private Path distribution() {
        try (Stream<Path> dirs = Files.list(layout.serversDir())) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-"))
                    .findFirst()
                    .orElseThrow(() -> new StackException("Keycloak is not laid out in " + layout.serversDir()
                            + ": run ./mvnw -q -pl infra/servers generate-resources"));
        } catch (IOException e) {
            throw new StackException(
                    "Server artifacts are missing in " + layout.serversDir()
                            + ": run ./mvnw -q -pl infra/servers generate-resources",
                    e);
        }
    }

    /** Healthy once the realm answers its discovery document: the import is then complete. */
    @Override
    public boolean healthy() {
        if (!Files.isRegularFile(trustedCertificate())) {
            return false;
        }
        if (http == null) {
            http = ServiceTls.client(trustedCertificate()).build();
        }
        return HttpHealth.answers200(http, issuer() + "/.well-known/openid-configuration");
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }
}

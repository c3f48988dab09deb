package org.opensor.registry.testservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.opensor.registry.stack.DemoAccounts;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.KafkaAccess;
import org.opensor.registry.stack.KeycloakServer;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.PostgresServer;
import org.opensor.registry.stack.Secrets;
import org.opensor.registry.stack.ServiceTls;
import org.opensor.registry.stack.StackLayout;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * PostgreSQL, Kafka and Elasticsearch for integration tests, found in this order:
 * <ol>
 *   <li>a running stack named by {@code OPENSOR_TEST_JDBC_URL}, {@code OPENSOR_TEST_JDBC_USER},
 *       {@code OPENSOR_TEST_JDBC_PASSWORD}, {@code OPENSOR_TEST_KAFKA_BOOTSTRAP},
 *       {@code OPENSOR_TEST_ELASTICSEARCH_URL}, and {@code OPENSOR_TEST_STACK_SECRETS} (its secrets file, for the
 *       Kafka and Elasticsearch users' passwords);</li>
 *   <li>Testcontainers, where a Docker engine answers (its Kafka takes anyone: no SASL there);</li>
 *   <li>real servers started from the project's own artifacts (infra/stack) in a temporary folder, on free
 *       ports, stopped when the test JVM exits.</li>
 * </ol>
 * Started once per test JVM and shared by its test classes.
 */
public final class TestServices {

    /**
     * Where the servers are and how to log in. {@code source} says which of the three ways found them.
     *
     * @param kafkaPasswords     each Kafka user's password ({@link KafkaAccess}: the three services and the super user);
     *                           empty for a broker without logins (Testcontainers)
     * @param trustedCertificate the certificate authority (PEM) whose servers' certificates PostgreSQL, Kafka and
     *                           Elasticsearch clients accept; null for servers without TLS (Testcontainers)
     * @param elasticsearchPasswords each Elasticsearch user's password ({@link ElasticsearchAccess}); empty for a node
     *                           without security (Testcontainers)
     */
    public record Endpoints(
            String jdbcUrl,
            String jdbcUser,
            String jdbcPassword,
            String kafkaBootstrap,
            String elasticsearchUrl,
            String source,
            Map<String, String> kafkaPasswords,
            Path trustedCertificate,
            Map<String, String> elasticsearchPasswords) {

        /** Servers with a Kafka that takes anyone, without TLS (Testcontainers). */
        public Endpoints(
                String jdbcUrl,
                String jdbcUser,
                String jdbcPassword,
                String kafkaBootstrap,
                String elasticsearchUrl,
                String source) {
            this(jdbcUrl, jdbcUser, jdbcPassword, kafkaBootstrap, elasticsearchUrl, source, Map.of(), null, Map.of());
        }

        public Endpoints {
            if (!kafkaPasswords.isEmpty() && trustedCertificate == null) {
                throw new IllegalArgumentException(
                        "a Kafka with logins is reached over TLS: name its certificate authority");
            }
            if (!elasticsearchPasswords.isEmpty() && trustedCertificate == null) {
                throw new IllegalArgumentException(
                        "an Elasticsearch with logins is reached over HTTPS: name its certificate authority");
            }
        }

        public boolean elasticsearchRequiresLogin() {
            return !elasticsearchPasswords.isEmpty();
        }

        /**
         * Spring Boot properties for an application that reaches Elasticsearch as {@code user} (one of
         * {@link ElasticsearchAccess}) over HTTPS, trusting the servers' authority through the bundle of
         * {@link #elasticsearchTrust()}; the address alone for a node without security.
         */
        public Map<String, String> elasticsearchProperties(String user) {
            if (!elasticsearchRequiresLogin()) {
                return Map.of("spring.elasticsearch.uris", elasticsearchUrl);
            }
            return Map.of(
                    "spring.elasticsearch.uris",
                    elasticsearchUrl,
                    "spring.elasticsearch.username",
                    user,
                    "spring.elasticsearch.password",
                    elasticsearchPassword(user),
                    "spring.elasticsearch.restclient.ssl.bundle",
                    ELASTICSEARCH_BUNDLE);
        }

        /** The environment a service process is started with to reach Elasticsearch as its own user (its module name). */
        public Map<String, String> elasticsearchEnvironment(String service) {
            if (!elasticsearchRequiresLogin()) {
                return Map.of("SPRING_ELASTICSEARCH_URIS", elasticsearchUrl);
            }
            return ElasticsearchAccess.serviceEnvironment(
                    elasticsearchUrl, service, elasticsearchPassword(service), trustedCertificate);
        }

        /** A request to {@code path} on Elasticsearch, logged in as {@code user} where the node asks for a login. */
        public java.net.http.HttpRequest.Builder elasticsearchRequest(String path, String user) {
            java.net.http.HttpRequest.Builder request =
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(elasticsearchUrl + path));
            return elasticsearchRequiresLogin()
                    ? ElasticsearchAccess.as(request, user, elasticsearchPassword(user))
                    : request;
        }

        /** An HTTP client for Elasticsearch: trusting the servers' authority only where they speak TLS. */
        public java.net.http.HttpClient elasticsearchHttp() {
            return httpClient(trustedCertificate);
        }

        private String elasticsearchPassword(String user) {
            String password = elasticsearchPasswords.get(user);
            if (password == null) {
                throw new IllegalArgumentException(
                        "no Elasticsearch user " + user + "; there are " + elasticsearchPasswords.keySet());
            }
            return password;
        }

        public boolean kafkaRequiresLogin() {
            return !kafkaPasswords.isEmpty();
        }

        /** Kafka client settings to log in as {@code user} (one of {@link KafkaAccess}). */
        public Map<String, Object> kafkaClient(String user) {
            if (!kafkaRequiresLogin()) {
                return Map.of("bootstrap.servers", kafkaBootstrap);
            }
            String password = kafkaPasswords.get(user);
            if (password == null) {
                throw new IllegalArgumentException("no Kafka user " + user + "; there are " + kafkaPasswords.keySet());
            }
            return Map.copyOf(KafkaAccess.clientProperties(kafkaBootstrap, user, password, trustedCertificate));
        }

        /** Kafka client settings for a test's own producers and consumers: the super user, who may do anything. */
        public Map<String, Object> kafkaAdminClient() {
            return kafkaClient(KafkaAccess.ADMIN);
        }

        /** The environment a service process is started with to reach Kafka as its own user (its module name). */
        public Map<String, String> kafkaEnvironment(String service) {
            if (!kafkaRequiresLogin()) {
                return Map.of(
                        "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                        kafkaBootstrap,
                        "SPRING_KAFKA_SECURITY_PROTOCOL",
                        "PLAINTEXT");
            }
            return KafkaAccess.serviceEnvironment(
                    kafkaBootstrap, service, kafkaPasswords.get(service), trustedCertificate);
        }
    }

    /**
     * A Keycloak with the project's realm, for end-to-end sign-in tests.
     *
     * @param consolePort the port the test's registry-api must listen on: the console client accepts redirects to it only
     * @param passwords   demo username → password (the usernames of {@link DemoAccounts})
     * @param trustedCertificate the authority (PEM) whose certificate Keycloak serves: it speaks HTTPS only
     */
    public record KeycloakEndpoints(
            String url,
            String issuer,
            String jwkSetUri,
            String tokenUri,
            int consolePort,
            String consoleClientId,
            String consoleClientSecret,
            String machineClientId,
            String machineClientSecret,
            Map<String, String> passwords,
            Path trustedCertificate) {

        public String consoleUrl() {
            return "http://127.0.0.1:" + consolePort;
        }
    }

    /** The SSL bundle a test context trusts the servers' authority through when it calls Elasticsearch. */
    static final String ELASTICSEARCH_BUNDLE = ElasticsearchAccess.TRUST_BUNDLE;

    private static final Map<Optional<Path>, java.net.http.HttpClient> HTTP_CLIENTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Endpoints endpoints;
    private static KeycloakEndpoints keycloak;
    private static RuntimeException keycloakFailure;
    private static Path postgresServerLog;

    private TestServices() {}

    public static synchronized Endpoints get() {
        if (endpoints == null) {
            endpoints = fromEnvironment(System.getenv());
            if (endpoints == null) {
                endpoints = DockerProbe.available() ? ContainerServices.start() : startLocalServers();
            }
            System.out.println("[test-services] using " + endpoints.source() + ": kafka " + endpoints.kafkaBootstrap()
                    + ", elasticsearch " + endpoints.elasticsearchUrl() + ", postgres " + endpoints.jdbcUrl());
        }
        return endpoints;
    }

    /**
     * Keycloak started from the project's distribution (infra/servers) with the realm of infra/keycloak, in a temporary
     * folder on a free port; once per test JVM (its first start takes a minute or two), stopped when the JVM exits.
     */
    public static synchronized KeycloakEndpoints keycloak() {
        if (keycloakFailure != null) {
            throw new IllegalStateException("Keycloak did not start for an earlier test of this JVM", keycloakFailure);
        }
        if (keycloak == null) {
            try {
                keycloak = startKeycloak();
            } catch (RuntimeException e) {
                // one failed start is enough: each further test would otherwise wait minutes for another
                keycloakFailure = e;
                throw e;
            }
            System.out.println("[test-services] keycloak " + keycloak.issuer() + " for a console on port "
                    + keycloak.consolePort());
        }
        return keycloak;
    }

    private static KeycloakEndpoints startKeycloak() {
        try {
            Path state = Files.createTempDirectory(
                    "opensor-test-keycloak-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
            StackLayout layout =
                    new StackLayout(StackLayout.findProjectRoot(Path.of("")), state).withServersReachableUnprivileged();
            int consolePort = Ports.freePort();
            KeycloakServer server = new KeycloakServer(
                    layout,
                    Ports.freePort(),
                    "http://127.0.0.1:" + consolePort,
                    new Secrets(state.resolve("secrets.properties")));
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                server.stop();
                                deleteTree(state);
                            },
                            "stop-test-keycloak"));
            LocalStack.startAndAwait(java.util.List.of(server), line -> System.out.println("[test-services] " + line));
            Map<String, String> passwords = new java.util.TreeMap<>();
            DemoAccounts.ACCOUNTS.forEach((role, user) -> passwords.put(user, DemoAccounts.password(layout, role)));
            return new KeycloakEndpoints(
                    server.url(),
                    server.issuer(),
                    server.jwkSetUri(),
                    server.tokenUri(),
                    consolePort,
                    KeycloakServer.CONSOLE_CLIENT,
                    server.consoleClientSecret(),
                    KeycloakServer.MACHINE_CLIENT,
                    server.machineClientSecret(),
                    Map.copyOf(passwords),
                    server.trustedCertificate());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a folder for the test Keycloak", e);
        }
    }

    /** PostgreSQL's server log, when the tests started the server themselves (tests check it holds no personal data). */
    public static synchronized Optional<Path> postgresServerLog() {
        get();
        return Optional.ofNullable(postgresServerLog);
    }

    /**
     * Spring Boot properties for a test application context. Kafka: the context logs in as the user named like its
     * {@code spring.application.name} (registry-api, search-indexer, notification-worker), with the ACLs of production.
     * Elasticsearch: a search-indexer context logs in as search-indexer, with the role of production; any other (a
     * registry-api test fills the index itself through the context's client) as the super user.
     */
    public static void register(DynamicPropertyRegistry registry) {
        Endpoints e = get();
        registry.add("spring.datasource.url", e::jdbcUrl);
        registry.add("spring.datasource.username", e::jdbcUser);
        registry.add("spring.datasource.password", e::jdbcPassword);
        registerElasticsearch(registry);
        registerKafka(registry);
    }

    /** One client per authority, shared by a test JVM's requests (a benchmark polls every few milliseconds). */
    private static java.net.http.HttpClient httpClient(Path trustedCertificate) {
        return HTTP_CLIENTS.computeIfAbsent(
                Optional.ofNullable(trustedCertificate),
                ca -> ca.map(file -> ServiceTls.client(file).build())
                        .orElseGet(java.net.http.HttpClient::newHttpClient));
    }

    private static void registerElasticsearch(DynamicPropertyRegistry registry) {
        Endpoints e = get();
        registry.add("spring.elasticsearch.uris", e::elasticsearchUrl);
        if (!e.elasticsearchRequiresLogin()) {
            return;
        }
        e.elasticsearchPasswords()
                .forEach((user, password) ->
                        registry.add("opensor.test.elasticsearch-passwords." + user, () -> password));
        registry.add(
                "opensor.test.elasticsearch-user." + ElasticsearchAccess.SEARCH_INDEXER,
                () -> ElasticsearchAccess.SEARCH_INDEXER);
        // resolved when read, so one registration serves the context of each service
        registry.add(
                "spring.elasticsearch.username",
                () -> "${opensor.test.elasticsearch-user.${spring.application.name}:" + ElasticsearchAccess.ADMIN
                        + "}");
        registry.add(
                "spring.elasticsearch.password",
                () -> "${opensor.test.elasticsearch-passwords.${spring.elasticsearch.username}}");
        // the bundle itself comes from elasticsearchTrust(): the context declares it as a bean
        registry.add("spring.elasticsearch.restclient.ssl.bundle", () -> ELASTICSEARCH_BUNDLE);
    }

    /**
     * The SSL bundle {@value #ELASTICSEARCH_BUNDLE} of the servers' authority, for a test context's Elasticsearch client:
     * declare it as a {@code @Bean static SslBundleRegistrar}. A bundle given as properties would come too late when a
     * {@code DynamicPropertyRegistrar} adds them, since the web server reads the SSL bundles before.
     */
    public static SslBundleRegistrar elasticsearchTrust() {
        return registry -> {
            Endpoints e = get();
            if (e.elasticsearchRequiresLogin()) {
                registry.registerBundle(
                        ELASTICSEARCH_BUNDLE,
                        SslBundle.of(new PemSslStoreBundle(
                                null, PemSslStoreDetails.forCertificate("file:" + e.trustedCertificate()))));
            }
        };
    }

    /** The Kafka part of {@link #register}, for a test that sets its own database. */
    public static void registerKafka(DynamicPropertyRegistry registry) {
        Endpoints e = get();
        registry.add("spring.kafka.bootstrap-servers", e::kafkaBootstrap);
        if (e.kafkaRequiresLogin()) {
            e.kafkaPasswords()
                    .forEach((user, password) -> registry.add("opensor.test.kafka-passwords." + user, () -> password));
            // resolved when read, so one registration serves the context of each of the three services
            registry.add("opensor.kafka.password", () -> "${opensor.test.kafka-passwords.${spring.application.name}}");
            registry.add("spring.kafka.security.protocol", () -> KafkaAccess.SECURITY_PROTOCOL);
            registry.add("spring.kafka.ssl.trust-store-type", () -> "PEM");
            registry.add("spring.kafka.ssl.trust-store-location", () -> "file:" + e.trustedCertificate());
        } else {
            registry.add("spring.kafka.security.protocol", () -> "PLAINTEXT");
        }
    }

    /**
     * A new, empty database on the test PostgreSQL, for a test whose service must not share the others' rows (its
     * own outbox relay, its own delivery queue).
     *
     * @return its JDBC URL; log in as {@link Endpoints#jdbcUser()}
     */
    public static String createDatabase(String prefix) {
        Endpoints e = get();
        String database = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(e.jdbcUrl(), e.jdbcUser(), e.jdbcPassword());
                Statement sql = connection.createStatement()) {
            sql.execute("create database " + database);
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot create test database " + database, ex);
        }
        return e.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    static Endpoints fromEnvironment(Map<String, String> env) {
        String jdbc = env.get("OPENSOR_TEST_JDBC_URL");
        if (jdbc == null || jdbc.isBlank()) {
            return null;
        }
        return new Endpoints(
                jdbc,
                require(env, "OPENSOR_TEST_JDBC_USER"),
                require(env, "OPENSOR_TEST_JDBC_PASSWORD"),
                require(env, "OPENSOR_TEST_KAFKA_BOOTSTRAP"),
                require(env, "OPENSOR_TEST_ELASTICSEARCH_URL"),
                "the running stack named by OPENSOR_TEST_*",
                kafkaPasswords(env.get("OPENSOR_TEST_STACK_SECRETS")),
                trustedCertificate(env),
                elasticsearchPasswords(env.get("OPENSOR_TEST_STACK_SECRETS")));
    }

    /** The Elasticsearch passwords of a running stack, from its secrets file; none if not named. */
    private static Map<String, String> elasticsearchPasswords(String secretsFile) {
        if (secretsFile == null || secretsFile.isBlank()) {
            return Map.of();
        }
        Secrets secrets = new Secrets(Path.of(secretsFile));
        Map<String, String> passwords = new java.util.TreeMap<>();
        for (String user : ElasticsearchAccess.USERS) {
            passwords.put(user, secrets.get(ElasticsearchAccess.secretKey(user)));
        }
        return passwords;
    }

    /** The Kafka passwords of a running stack, from its secrets file (e.g. .local/secrets.properties); none if not named. */
    private static Map<String, String> kafkaPasswords(String secretsFile) {
        if (secretsFile == null || secretsFile.isBlank()) {
            return Map.of();
        }
        Secrets secrets = new Secrets(Path.of(secretsFile));
        Map<String, String> passwords = new java.util.TreeMap<>();
        for (String user : allKafkaUsers()) {
            passwords.put(user, secrets.get("kafka.password." + user));
        }
        return passwords;
    }

    /**
     * The running stack's certificate authority: {@code OPENSOR_TEST_CA_CERTIFICATE}, else the one next to its secrets
     * file (.local/pki/ca.pem); null for servers without TLS.
     */
    private static Path trustedCertificate(Map<String, String> env) {
        String named = env.get("OPENSOR_TEST_CA_CERTIFICATE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String secrets = env.get("OPENSOR_TEST_STACK_SECRETS");
        if (secrets == null || secrets.isBlank()) {
            return null;
        }
        return LocalCertificateAuthority.certificateFile(
                Path.of(secrets).toAbsolutePath().getParent());
    }

    private static java.util.List<String> allKafkaUsers() {
        java.util.List<String> users = new java.util.ArrayList<>(KafkaAccess.SERVICES);
        users.add(KafkaAccess.ADMIN);
        return users;
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("OPENSOR_TEST_JDBC_URL is set, so " + name + " must be set too");
        }
        return value;
    }

    private static Endpoints startLocalServers() {
        try {
            // others may pass through (as root the servers run as nobody below it), not list or read
            Path state = Files.createTempDirectory(
                    "opensor-test-servers-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
            StackLayout layout =
                    new StackLayout(StackLayout.findProjectRoot(Path.of("")), state).withServersReachableUnprivileged();
            LocalStack stack = new LocalStack(layout, Ports.ephemeral(), false, "384m");
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                stack.stopAll();
                                deleteTree(state);
                            },
                            "stop-test-servers"));
            stack.startServers(line -> System.out.println("[test-services] " + line));
            PostgresServer postgres = stack.postgres();
            postgresServerLog = postgres.logFile();
            Map<String, String> kafkaPasswords = new java.util.TreeMap<>();
            allKafkaUsers()
                    .forEach(user -> kafkaPasswords.put(user, stack.kafka().password(user)));
            Map<String, String> elasticsearchPasswords = new java.util.TreeMap<>();
            ElasticsearchAccess.USERS.forEach(user ->
                    elasticsearchPasswords.put(user, stack.elasticsearch().password(user)));
            return new Endpoints(
                    postgres.jdbcUrl(),
                    PostgresServer.SUPERUSER,
                    postgres.superuserPassword(),
                    stack.kafka().bootstrapServers(),
                    stack.elasticsearch().url(),
                    "servers started by infra/stack in " + state,
                    kafkaPasswords,
                    postgres.trustedCertificate(),
                    elasticsearchPasswords);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a folder for the test servers", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

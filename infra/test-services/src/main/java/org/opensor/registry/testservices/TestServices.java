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
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.PostgresServer;
import org.opensor.registry.stack.StackLayout;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * PostgreSQL, Kafka and Elasticsearch for integration tests, found in this order:
 * <ol>
 *   <li>a running stack named by {@code OPENSOR_TEST_JDBC_URL}, {@code OPENSOR_TEST_JDBC_USER},
 *       {@code OPENSOR_TEST_JDBC_PASSWORD}, {@code OPENSOR_TEST_KAFKA_BOOTSTRAP},
 *       {@code OPENSOR_TEST_ELASTICSEARCH_URL};</li>
 *   <li>Testcontainers, where a Docker engine answers;</li>
 *   <li>real servers started from the project's own artifacts (infra/stack) in a temporary folder, on free
 *       ports, stopped when the test JVM exits.</li>
 * </ol>
 * Started once per test JVM and shared by its test classes.
 */
public final class TestServices {

    /** Where the servers are and how to log in. {@code source} says which of the three ways found them. */
    public record Endpoints(String jdbcUrl, String jdbcUser, String jdbcPassword, String kafkaBootstrap,
                            String elasticsearchUrl, String source) {
    }

    private static Endpoints endpoints;
    private static Path postgresServerLog;

    private TestServices() {
    }

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

    /** PostgreSQL's server log, when the tests started the server themselves (tests check it holds no personal data). */
    public static synchronized Optional<Path> postgresServerLog() {
        get();
        return Optional.ofNullable(postgresServerLog);
    }

    /** Spring Boot properties for a test application context. */
    public static void register(DynamicPropertyRegistry registry) {
        Endpoints e = get();
        registry.add("spring.datasource.url", e::jdbcUrl);
        registry.add("spring.datasource.username", e::jdbcUser);
        registry.add("spring.datasource.password", e::jdbcPassword);
        registry.add("spring.kafka.bootstrap-servers", e::kafkaBootstrap);
        registry.add("spring.elasticsearch.uris", e::elasticsearchUrl);
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
        return new Endpoints(jdbc, require(env, "OPENSOR_TEST_JDBC_USER"), require(env, "OPENSOR_TEST_JDBC_PASSWORD"),
                require(env, "OPENSOR_TEST_KAFKA_BOOTSTRAP"), require(env, "OPENSOR_TEST_ELASTICSEARCH_URL"), "the running stack named by OPENSOR_TEST_*");
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
            Path state = Files.createTempDirectory("opensor-test-servers-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            StackLayout layout = new StackLayout(StackLayout.findProjectRoot(Path.of("")), state).withServersReachableUnprivileged();
            LocalStack stack = new LocalStack(layout, Ports.ephemeral(), false, "384m");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.stopAll();
                deleteTree(state);
            }, "stop-test-servers"));
            stack.startServers(line -> System.out.println("[test-services] " + line));
            PostgresServer postgres = stack.postgres();
            postgresServerLog = postgres.logFile();
            return new Endpoints(postgres.jdbcUrl(), PostgresServer.SUPERUSER, postgres.superuserPassword(),
                    stack.kafka().bootstrapServers(), stack.elasticsearch().url(), "servers started by infra/stack in " + state);
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

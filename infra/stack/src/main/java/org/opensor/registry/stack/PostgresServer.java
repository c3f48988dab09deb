package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A real PostgreSQL server from the binaries published on Maven Central (io.zonky.test.postgres), with its
 * data folder in the state folder so the data survives restarts and crashes.
 */
public final class PostgresServer implements Component {

    public static final String SUPERUSER = "opensor";
    public static final String DATABASE = "registry";
    /** Each service logs in as its own role and owns only its own schema. */
    public static final Map<String, String> SERVICE_SCHEMAS = Map.of("registry_api", "registry", "notification_worker", "notification");

    private final StackLayout layout;
    private final int port;
    private final Secrets secrets;
    private final boolean durable;
    private final ManagedProcess process;

    /** @param durable false in test runs: fsync off, since the data is thrown away afterwards */
    public PostgresServer(StackLayout layout, int port, Secrets secrets, boolean durable) {
        this.layout = layout;
        this.port = port;
        this.secrets = secrets;
        this.durable = durable;
        this.process = new ManagedProcess(layout.runDir().resolve("postgres.pid"), layout.logDir().resolve("postgres.log"), "postgres");
    }

    @Override public String name() { return "postgresql"; }
    @Override public int port() { return port; }
    @Override public String portVariable() { return "OPENSOR_POSTGRES_PORT"; }
    @Override public Path logFile() { return process.logFile(); }
    @Override public Optional<ProcessHandle> process() { return process.running(); }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String superuserPassword() {
        return secrets.get("postgres.superuser.password");
    }

    public String servicePassword(String role) {
        return secrets.get("postgres." + role + ".password");
    }

    @Override
    public void start() {
        Path binaries = binaries();
        Path home = layout.dir("postgres");
        Path data = home.resolve("data");
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            initialise(binaries, home, data);
        }
        Unprivileged.handOver(data);
        List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=200"));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        process.start(Unprivileged.command(command), Map.of("HOME", home.toString(), "LC_ALL", "C"), home);
    }

    private void initialise(Path binaries, Path home, Path data) {
        try {
            Files.createDirectories(data);
            Path passwordFile = home.resolve("initdb.pw");
            Files.writeString(passwordFile, superuserPassword());
            Unprivileged.handOver(home);
            OsCommand.run(Unprivileged.command(List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(),
                    "-U", SUPERUSER, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C")),
                    home, Map.of("LC_ALL", "C"));
            Files.delete(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks the binaries once, next to the archive, through a temporary folder so a crash leaves no half. */
    private Path binaries() {
        Path archive = layout.postgresArchive();
        Path target = archive.resolveSibling("dist");
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        if (!Files.isRegularFile(archive)) {
            throw new StackException("PostgreSQL binaries are missing (" + archive + "): run ./mvnw -q -pl infra/servers generate-resources");
        }
        try {
            Path temp = Files.createTempDirectory(archive.getParent(), "dist-");
            OsCommand.run(List.of("tar", "-xJf", archive.toString(), "-C", temp.toString()), temp);
            OsCommand.run(List.of("chmod", "-R", "a+rX", temp.toString()), temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                throw new StackException("Cannot unpack " + archive + ": " + e.getMessage(), e);
            }
        }
        Unprivileged.requireReachable(target.resolve("bin/postgres"));
        return target;
    }

    @Override
    public boolean healthy() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", superuserPassword());
        props.setProperty("connectTimeout", "2");
        // The driver directly, not DriverManager: health checks run on pool threads whose class loader
        // cannot see the driver inside the executable jar.
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, props);
    }

    /** Creates the registry database, one login role per service and the schema each one owns. Idempotent. */
    public void provision() {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            if (!sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next()) {
                sql.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
            for (String role : SERVICE_SCHEMAS.keySet()) {
                boolean exists = sql.executeQuery("select 1 from pg_roles where rolname = '" + role + "'").next();
                // Generated passwords are letters and digits only: no quote can break out of the literal.
                sql.execute((exists ? "alter" : "create") + " role " + role + " login password '" + servicePassword(role) + "'");
            }
        } catch (SQLException e) {
            throw new StackException("Cannot provision PostgreSQL: " + e.getMessage(), e);
        }
        try (Connection registry = connect(DATABASE); Statement sql = registry.createStatement()) {
            sql.execute("revoke all on database " + DATABASE + " from public");
            for (Map.Entry<String, String> entry : SERVICE_SCHEMAS.entrySet()) {
                sql.execute("grant connect, temporary on database " + DATABASE + " to " + entry.getKey());
                sql.execute("create schema if not exists " + entry.getValue() + " authorization " + entry.getKey());
            }
        } catch (SQLException e) {
            throw new StackException("Cannot provision the registry database: " + e.getMessage(), e);
        }
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public void stop() {
        // SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions and checkpoints; the data stays consistent.
        process.stop("INT", Duration.ofSeconds(30));
    }
}

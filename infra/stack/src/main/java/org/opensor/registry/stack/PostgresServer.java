package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    /** The role that owns each schema: registry-api's schema belongs to its migrator, not to the role the service runs as. */
    public static final Map<String, String> SERVICE_SCHEMAS =
            Map.of("registry_migrator", "registry", "notification_worker", "notification");
    /** registry-api's runtime role: reads and writes its tables, may only add to and read the audit trail. */
    public static final String REGISTRY_API_ROLE = "registry_api";
    /** Runs registry-api's Flyway migrations and owns its schema; a member of {@link #AUDIT_OWNER_ROLE}. */
    public static final String REGISTRY_MIGRATOR_ROLE = "registry_migrator";
    /** Owns the audit trail's table, sequence and triggers; nobody logs in as it. */
    public static final String AUDIT_OWNER_ROLE = "registry_audit_owner";

    private static final List<String> LOGIN_ROLES =
            List.of(REGISTRY_API_ROLE, REGISTRY_MIGRATOR_ROLE, "notification_worker");
    /**
     * What the server log may carry: no statement, parameter, DETAIL or CONTEXT text, since PostgreSQL quotes the data
     * around a refused value there (a name inside a JSON document, a passport number in a duplicate key).
     */
    static final List<String> LOG_SETTINGS = List.of(
            "-c",
            "log_error_verbosity=terse",
            "-c",
            "log_min_error_statement=panic",
            "-c",
            "log_parameter_max_length=0",
            "-c",
            "log_parameter_max_length_on_error=0",
            "-c",
            "log_statement=none");

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
        this.process = new ManagedProcess(
                layout.runDir().resolve("postgres.pid"), layout.logDir().resolve("postgres.log"), "postgres");
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String portVariable() {
        return "OPENSOR_POSTGRES_PORT";
    }

    @Override
    public Path logFile() {
        return process.logFile();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return process.running();
    }

    /** The registry database over TLS, the server's certificate checked against the install's authority and name. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?sslmode=verify-full&sslrootcert="
                + URLEncoder.encode(trustedCertificate().toString(), StandardCharsets.UTF_8);
    }

    /** The certificate authority clients trust to reach this server (the install's, {@link LocalCertificateAuthority}). */
    public Path trustedCertificate() {
        return LocalCertificateAuthority.certificateFile(layout.stateDir());
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
        ServerCertificate certificate = LocalCertificateAuthority.ensure(layout).server("postgres");
        Path hba = writeHostBasedAuthentication(home);
        Unprivileged.handOver(data);
        Unprivileged.handOver(certificate.folder());
        Unprivileged.handOver(hba);
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve("bin/postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "max_connections=200"));
        command.addAll(tlsSettings(certificate, hba));
        command.addAll(LOG_SETTINGS);
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        process.start(Unprivileged.command(command), Map.of("HOME", home.toString(), "LC_ALL", "C"), home);
    }

    /** TLS 1.3 only, with the server's certificate from the install's authority, and the rules below for who may log in. */
    static List<String> tlsSettings(ServerCertificate certificate, Path hba) {
        return List.of(
                "-c",
                "ssl=on",
                "-c",
                "ssl_cert_file=" + certificate.chain(),
                "-c",
                "ssl_key_file=" + certificate.privateKey(),
                "-c",
                "ssl_min_protocol_version=TLSv1.3",
                "-c",
                "hba_file=" + hba);
    }

    /**
     * Who may connect, rewritten on every start (a data folder made before TLS keeps initdb's plaintext rules otherwise):
     * TCP from loopback over TLS only, every role with its SCRAM password; a plaintext connection matches no line and is
     * refused.
     */
    static Path writeHostBasedAuthentication(Path home) {
        return PrivateFiles.writeOwnerOnly(home.resolve("pg_hba.conf"), """
                # written by infra/stack on every start: TLS only, SCRAM passwords; no Unix socket is opened
                hostssl all all 127.0.0.1/32 scram-sha-256
                """);
    }

    private void initialise(Path binaries, Path home, Path data) {
        try {
            Files.createDirectories(data);
            Path passwordFile = home.resolve("initdb.pw");
            Files.writeString(passwordFile, superuserPassword());
            Unprivileged.handOver(home);
            OsCommand.run(
                    Unprivileged.command(List.of(
                            binaries.resolve("bin/initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            SUPERUSER,
                            "--pwfile=" + passwordFile,
                            "--auth=scram-sha-256",
                            "-E",
                            "UTF8",
                            "--locale=C")),
                    home,
                    Map.of("LC_ALL", "C"));
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
            throw new StackException("PostgreSQL binaries are missing (" + archive
                    + "): run ./mvnw -q -pl infra/servers generate-resources");
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

    /** The data folder: the base backup copies it, a restore replaces it. */
    public Path dataDir() {
        return layout.dir("postgres").resolve("data");
    }

    /** A connection as the superuser, for backups and restores; callers close it. */
    public Connection superuserConnection(String database) throws SQLException {
        return connect(database);
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", superuserPassword());
        props.setProperty("connectTimeout", "2");
        // The driver directly, not DriverManager: health checks run on pool threads whose class loader
        // cannot see the driver inside the executable jar.
        return new org.postgresql.Driver().connect(jdbcUrl(database), props);
    }

    /**
     * Creates the registry database, the login roles (one per service, plus registry-api's migrator), the audit trail's
     * owner role and the schema each owner holds. Idempotent; an older stack whose registry-api role owned its schema
     * has the schema and its objects handed to the migrator (the next migration grants the runtime role what it needs).
     */
    public void provision() {
        try (Connection admin = connect("postgres");
                Statement sql = admin.createStatement()) {
            if (!sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
                    .next()) {
                sql.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
            for (String role : LOGIN_ROLES) {
                boolean exists = sql.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")
                        .next();
                // Generated passwords are letters and digits only: no quote can break out of the literal.
                sql.execute((exists ? "alter" : "create") + " role " + role
                        + " login nosuperuser nocreaterole nocreatedb password '" + servicePassword(role) + "'");
            }
            if (!sql.executeQuery("select 1 from pg_roles where rolname = '" + AUDIT_OWNER_ROLE + "'")
                    .next()) {
                sql.execute("create role " + AUDIT_OWNER_ROLE + " nologin");
            }
            if (!sql.executeQuery(
                            "select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member"
                                    + " where r.rolname = '" + AUDIT_OWNER_ROLE + "' and u.rolname = '"
                                    + REGISTRY_MIGRATOR_ROLE + "'")
                    .next()) {
                sql.execute("grant " + AUDIT_OWNER_ROLE + " to " + REGISTRY_MIGRATOR_ROLE);
            }
        } catch (SQLException e) {
            throw new StackException("Cannot provision PostgreSQL: " + e.getMessage(), e);
        }
        try (Connection registry = connect(DATABASE);
                Statement sql = registry.createStatement()) {
            sql.execute("revoke all on database " + DATABASE + " from public");
            sql.execute("revoke create on schema public from public");
            for (String role : LOGIN_ROLES) {
                sql.execute("grant connect, temporary on database " + DATABASE + " to " + role);
            }
            // Up to this change registry-api's runtime role owned its schema, and so could drop or re-own the audit
            // trail.
            sql.execute("reassign owned by " + REGISTRY_API_ROLE + " to " + REGISTRY_MIGRATOR_ROLE);
            for (Map.Entry<String, String> entry : SERVICE_SCHEMAS.entrySet()) {
                sql.execute("create schema if not exists " + entry.getValue() + " authorization " + entry.getKey());
            }
            sql.execute("grant usage on schema registry to " + REGISTRY_API_ROLE);
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

    /**
     * Stops as a power cut would: SIGQUIT is PostgreSQL's "immediate" shutdown, no checkpoint and no archiving of the WAL
     * segment in progress, so a restore drill sees what a real failure loses.
     */
    public void crash() {
        process.stop("QUIT", Duration.ofSeconds(30));
    }
}

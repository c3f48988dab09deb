package org.opensor.registry.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.opensor.registry.stack.AuditChainKey;
import org.opensor.registry.stack.Component;
import org.opensor.registry.stack.DemoAccounts;
import org.opensor.registry.stack.ElasticsearchServer;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.PostgresServer;
import org.opensor.registry.stack.StackLayout;
import tools.jackson.databind.JsonNode;

/**
 * {@code infra/local/drill}: against a running {@code infra/local/up}, turns on WAL archiving, registers people, takes a
 * base backup, registers more, snapshots the index and copies the audit checkpoints, registers more still, crashes the
 * database, moves the data of PostgreSQL and Elasticsearch aside, restores both onto empty folders, starts the services
 * and verifies counts, the audit chain and a search; then prints the RPO and the RTO.
 */
public final class RestoreDrill {

    static final String BEFORE_BACKUP = "before the base backup";
    static final String ARCHIVED = "after it, WAL archived";
    static final String UNARCHIVED = "after the last archived WAL segment";
    private static final String REPOSITORY = "drill";

    private final LocalStack stack;
    private final StackLayout layout;
    private final RegistryApi api;
    private final ElasticsearchSnapshots elasticsearch;
    private final WalArchive archive;
    private final int keepBackups;
    private final String run = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());

    private RestoreDrill(LocalStack stack, Map<String, String> passwords, Duration archiveTimeout, int keepBackups) {
        this.keepBackups = keepBackups;
        this.stack = stack;
        this.layout = stack.layout();
        this.api = new RegistryApi(
                stack.entryUrl(),
                passwords,
                LocalCertificateAuthority.certificateFile(stack.layout().stateDir()));
        this.elasticsearch = new ElasticsearchSnapshots(stack.elasticsearch());
        this.archive = new WalArchive(layout.walArchiveDir(), archiveTimeout);
    }

    public static void main(String[] args) throws Exception {
        int perPhase = argument(args, "--registrants", 10);
        Duration archiveTimeout = Duration.ofSeconds(argument(args, "--archive-timeout", 60));
        int keepBackups = argument(args, "--keep-backups", 3);
        StackLayout layout = StackLayout.fromEnvironment();
        LocalStack stack = new LocalStack(
                layout,
                Ports.fromEnvironment(System.getenv()),
                true,
                System.getenv().getOrDefault("OPENSOR_ELASTICSEARCH_HEAP", "512m"),
                Ports.keycloakFromEnvironment(System.getenv()));
        List<String> down = stack.all().stream()
                .filter(c -> c.process().isEmpty() || !healthyWithin(c, Duration.ofSeconds(60)))
                .map(Component::name)
                .toList();
        if (!down.isEmpty()) {
            System.err.println("The stack is not running and healthy (" + String.join(", ", down)
                    + "): start it with infra/local/up (the drill runs against the single-node stack)");
            System.exit(2);
        }
        if (stack.keycloakWanted()) {
            System.err.println(
                    "The drill signs in with the built-in accounts: run it against infra/local/up without Keycloak");
            System.exit(2);
        }
        Map<String, String> passwords = DemoAccounts.passwordsByUsername(layout);
        DrillReport report = new RestoreDrill(stack, passwords, archiveTimeout, keepBackups).run(perPhase);
        System.out.println();
        report.lines().forEach(System.out::println);
        System.exit(report.verified() ? 0 : 1);
    }

    private DrillReport run(int perPhase) throws Exception {
        PostgresServer postgres = stack.postgres();
        Path backupSet =
                PrivateDirectories.create(layout.backupDir().resolve("base").resolve(run));
        say("backup set: " + backupSet + " (WAL archive: " + archive.folder() + ")");
        prepareArchiving(postgres);

        Map<String, List<RegistryApi.Person>> written = new LinkedHashMap<>();
        written.put(BEFORE_BACKUP, register(perPhase * 2, "A"));

        BaseBackup.Taken base;
        try (Connection superuser = postgres.superuserConnection("postgres")) {
            base = BaseBackup.take(superuser, postgres.dataDir(), backupSet.resolve("postgres"));
        }
        say("base backup taken (WAL " + base.startLsn() + " to " + base.stopLsn() + ")");

        written.put(ARCHIVED, register(perPhase, "B"));
        List<String> indexedIds = ids(written.get(BEFORE_BACKUP), written.get(ARCHIVED));
        awaitThat(
                "the index holds every registration so far",
                Duration.ofMinutes(2),
                () -> elasticsearch.indexed(indexedIds) == indexedIds.size());
        Path checkpointCopy = backupSet.resolve("audit-checkpoints.jsonl");
        Path checkpoints = AuditChainKey.checkpointFile(layout.stateDir());
        if (Files.isRegularFile(checkpoints)) {
            Files.copy(checkpoints, checkpointCopy);
        }
        say("audit checkpoints copied (" + lineCount(checkpointCopy) + " signed checkpoints)");
        elasticsearch.registerRepository(
                REPOSITORY, layout.snapshotRepositoryDir().resolve(REPOSITORY));
        elasticsearch.snapshot(REPOSITORY, run);
        say("Elasticsearch snapshot " + run + " taken");
        String segment;
        try (Connection superuser = postgres.superuserConnection("postgres")) {
            segment = WalArchive.currentSegment(superuser);
        }
        awaitThat(
                "WAL segment " + segment + " archived (archive_timeout "
                        + archive.archiveTimeout().toSeconds() + " s)",
                archive.archiveTimeout().plusSeconds(60),
                () -> archive.holds(segment));

        written.put(UNARCHIVED, register(Math.max(1, perPhase / 2), "C"));
        long registrantsBefore;
        long auditHeadBefore;
        try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
            registrantsBefore = count(superuser, "select count(*) from registry.registrant");
            auditHeadBefore = count(superuser, "select coalesce(max(position), 0) from registry.audit_event");
        }
        Instant failureAt = Instant.now();
        Instant lastArchive = archive.lastArrival().orElse(base.finishedAt());
        Path destroyed = fail(postgres);
        say("data moved aside to " + destroyed + " (delete it once the drill is verified)");

        DrillReport report = restore(
                postgres,
                backupSet,
                base,
                checkpointCopy,
                written,
                registrantsBefore,
                auditHeadBefore,
                lastArchive,
                failureAt);
        if (report.verified()) {
            pruneOldBackups();
        }
        return report;
    }

    /** Once this run's backup is proven restorable, the oldest sets beyond {@code --keep-backups} go. */
    private void pruneOldBackups() {
        BackupRetention.Pruned pruned =
                new BackupRetention(layout.backupDir().resolve("base"), archive.folder(), keepBackups).prune();
        pruned.runs().forEach(old -> elasticsearch.deleteSnapshot(REPOSITORY, old));
        say("kept the newest " + keepBackups + " backup sets; removed "
                + pruned.runs().size()
                + " older ones " + pruned.runs() + " with their snapshots, and " + pruned.segments()
                + " WAL segments older than the oldest set kept");
    }

    /** Turns WAL archiving and Elasticsearch's snapshot folder on, restarting each server only if it must. */
    private void prepareArchiving(PostgresServer postgres) throws SQLException {
        boolean restart;
        try (Connection superuser = postgres.superuserConnection("postgres")) {
            restart = archive.enable(superuser);
        }
        if (restart) {
            say("restarting PostgreSQL: archive_mode takes effect on start");
            postgres.stop();
            bringUp(List.of(postgres));
        }
        ElasticsearchServer node = stack.elasticsearch();
        if (!elasticsearch.repositoryPathConfigured()) {
            say("restarting Elasticsearch: path.repo (its snapshot folder) takes effect on start");
            node.stop();
            bringUp(List.of(node));
        }
        awaitThat("registry-api ready", Duration.ofMinutes(2), api::ready);
    }

    private List<RegistryApi.Person> register(int count, String phase) {
        List<RegistryApi.Person> people = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String family = "DRILL" + letters(run.replace("-", "")) + phase + letters(Integer.toString(n));
            String dateOfBirth =
                    LocalDate.of(1950 + n % 40, 1 + n % 12, 1 + n % 28).toString();
            people.add(api.register(family, dateOfBirth));
        }
        say("registered " + count + " people (" + phase + ")");
        return people;
    }

    /** The failure: services stopped, PostgreSQL crashed, Elasticsearch stopped, their data moved out of the way. */
    private Path fail(PostgresServer postgres) throws IOException {
        for (Component service : stack.services().reversed()) {
            service.stop();
        }
        postgres.crash();
        stack.elasticsearch().stop();
        say("services stopped, PostgreSQL crashed (immediate shutdown), Elasticsearch stopped");
        Path aside = PrivateDirectories.create(
                layout.stateDir().resolve("drill-destroyed").resolve(run));
        Files.move(postgres.dataDir(), aside.resolve("postgres-data"));
        Files.move(elasticsearchData(), aside.resolve("elasticsearch-data"));
        Path checkpoints = AuditChainKey.checkpointFile(layout.stateDir());
        if (Files.isRegularFile(checkpoints)) {
            Files.move(checkpoints, aside.resolve("audit-checkpoints.jsonl"));
        }
        return aside;
    }

    private DrillReport restore(
            PostgresServer postgres,
            Path backupSet,
            BaseBackup.Taken base,
            Path checkpointCopy,
            Map<String, List<RegistryApi.Person>> written,
            long registrantsBefore,
            long auditHeadBefore,
            Instant lastArchive,
            Instant failureAt)
            throws Exception {
        say("RESTORE starts (the RTO clock runs from here)");
        Map<String, Duration> steps = new LinkedHashMap<>();
        long step = System.nanoTime();
        PointInTimeRestore.prepare(base.folder(), postgres.dataDir(), archive);
        bringUp(List.of(postgres));
        awaitThat("PostgreSQL replayed the WAL archive", Duration.ofMinutes(10), () -> {
            try (Connection superuser = postgres.superuserConnection("postgres")) {
                return PointInTimeRestore.finished(superuser);
            } catch (SQLException e) {
                return false;
            }
        });
        step = lap(steps, "PostgreSQL: base backup + WAL replay", step);

        Files.createDirectories(elasticsearchData());
        bringUp(List.of(stack.elasticsearch()));
        elasticsearch.registerRepository(
                REPOSITORY, layout.snapshotRepositoryDir().resolve(REPOSITORY));
        elasticsearch.restore(REPOSITORY, run);
        step = lap(steps, "Elasticsearch: snapshot restore", step);

        if (Files.isRegularFile(checkpointCopy)) {
            Files.copy(
                    checkpointCopy,
                    AuditChainKey.checkpointFile(layout.stateDir()),
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        bringUp(stack.services());
        awaitThat("registry-api ready", Duration.ofMinutes(3), api::ready);
        step = lap(steps, "services start", step);

        Map<String, Integer> recovered = new LinkedHashMap<>();
        long registrantsAfter;
        long auditHeadAfter;
        try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
            for (Map.Entry<String, List<RegistryApi.Person>> phase : written.entrySet()) {
                recovered.put(phase.getKey(), (int) countIds(superuser, ids(phase.getValue())));
            }
            registrantsAfter = count(superuser, "select count(*) from registry.registrant");
            auditHeadAfter = count(superuser, "select coalesce(max(position), 0) from registry.audit_event");
        }
        List<DrillReport.Check> checks = new ArrayList<>();
        checks.add(equal(
                "restored: every registration " + BEFORE_BACKUP,
                recovered.get(BEFORE_BACKUP),
                written.get(BEFORE_BACKUP).size()));
        checks.add(equal(
                "restored: every registration " + ARCHIVED,
                recovered.get(ARCHIVED),
                written.get(ARCHIVED).size()));
        checks.add(new DrillReport.Check(
                "registrants in PostgreSQL (all, not just the drill's)",
                registrantsAfter == registrantsBefore - (written.get(UNARCHIVED).size() - recovered.get(UNARCHIVED)),
                registrantsAfter + " of " + registrantsBefore + " before the failure"));
        List<String> inIndex = ids(written.get(BEFORE_BACKUP), written.get(ARCHIVED));
        checks.add(equal(
                "index holds the registrations the snapshot saw",
                (int) elasticsearch.indexed(inIndex),
                inIndex.size()));
        List<String> notes = new ArrayList<>();
        List<String> documents = elasticsearch.documentIds();
        long orphans;
        try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
            orphans = documents.size() - countIds(superuser, documents);
        }
        notes.add("the index holds " + elasticsearch.documents() + " documents for " + registrantsAfter
                + " registrants in PostgreSQL; " + orphans + " of them name a registrant PostgreSQL no longer has"
                + " (lost by the restore after it reached Kafka: docs/operations.md)");
        JsonNode verification = api.auditVerification();
        checks.add(new DrillReport.Check(
                "audit chain verifies against the checkpoint copy",
                verification.path("intact").asBoolean(false),
                verification.path("entriesChecked").asLong() + " entries checked"
                        + (verification.path("intact").asBoolean(false)
                                ? ""
                                : ": " + verification.path("reason").asString())));
        notes.add("audit trail: head at position " + auditHeadAfter + " after the restore, " + auditHeadBefore
                + " before the failure (entries after the last archived WAL segment are lost with it)");
        checks.add(new DrillReport.Check(
                "search finds a registration " + BEFORE_BACKUP,
                api.finds(written.get(BEFORE_BACKUP).getFirst()),
                ""));
        checks.add(new DrillReport.Check(
                "search finds a registration " + ARCHIVED,
                api.finds(written.get(ARCHIVED).getLast()),
                ""));
        lap(steps, "verification", step);
        Map<String, Integer> counts = new LinkedHashMap<>();
        written.forEach((phase, people) -> counts.put(phase, people.size()));
        return new DrillReport(
                archive.archiveTimeout(), counts, recovered, lastArchive, failureAt, steps, checks, notes);
    }

    /**
     * Starts each component and waits until all are healthy, with a limit wider than {@code infra/local/up}'s: on a
     * busy machine a service takes minutes, and a drill that gives up early measures nothing.
     */
    private static void bringUp(List<? extends Component> components) {
        for (Component component : components) {
            if (component.process().isEmpty()) {
                component.start();
                say(component.name() + " starting (log: " + component.logFile() + ")");
            }
        }
        for (Component component : components) {
            awaitThat(component.name() + " healthy", Duration.ofMinutes(10), component::healthy);
        }
    }

    /** Health checks time out on a loaded machine: one failed answer is not a component that is down. */
    private static boolean healthyWithin(Component component, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        do {
            if (component.healthy()) {
                return true;
            }
            pause();
        } while (System.nanoTime() < deadline);
        return false;
    }

    private Path elasticsearchData() {
        return layout.dir("elasticsearch").resolve("data");
    }

    private static DrillReport.Check equal(String what, int actual, int expected) {
        return new DrillReport.Check(what, actual == expected, actual + " of " + expected);
    }

    @SafeVarargs
    private static List<String> ids(List<RegistryApi.Person>... groups) {
        List<String> ids = new ArrayList<>();
        for (List<RegistryApi.Person> group : groups) {
            group.forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    private static long countIds(Connection db, List<String> ids) throws SQLException {
        try (var query = db.prepareStatement("select count(*) from registry.registrant where id = any(?::uuid[])")) {
            query.setArray(1, db.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long lineCount(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    private long lap(Map<String, Duration> steps, String name, long since) {
        long now = System.nanoTime();
        steps.put(name, Duration.ofNanos(now - since));
        say(name + ": " + String.format("%.1f s", (now - since) / 1e9));
        return now;
    }

    /** Waits for a condition with a deadline, saying what it waits for; a drill step that never comes fails the drill. */
    private static void awaitThat(String what, Duration limit, BooleanSupplier condition) {
        say("waiting: " + what);
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after " + limit.toSeconds() + " s waiting: " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Digits as letters: family names are letters only. */
    private static String letters(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('A' + (Character.isDigit(c) ? c - '0' : c % 26))));
        return out.toString();
    }

    private static int argument(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static final long START = System.nanoTime();

    private static void say(String line) {
        long elapsed = (System.nanoTime() - START) / 1_000_000_000L;
        System.out.printf("  [%02d:%02d] %s%n", elapsed / 60, elapsed % 60, line);
    }
}

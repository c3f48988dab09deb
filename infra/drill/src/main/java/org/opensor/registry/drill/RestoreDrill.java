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
import org.opensor.registry.stack.ClusterPorts;
import org.opensor.registry.stack.Component;
import org.opensor.registry.stack.DemoAccounts;
import org.opensor.registry.stack.ElasticsearchServer;
import org.opensor.registry.stack.KafkaAccess;
import org.opensor.registry.stack.KeycloakServer;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.PostgresServer;
import org.opensor.registry.stack.StackLayout;
import tools.jackson.databind.JsonNode;

/**
 * {@code infra/local/drill}: against a running {@code infra/local/up} (single or {@code --cluster}, with or without
 * Keycloak), turns on WAL archiving, registers people, takes a base backup, registers more, snapshots the index and
 * copies the audit checkpoints, registers more still, crashes the database, moves the data of PostgreSQL, every
 * Elasticsearch node and Keycloak aside, restores them onto empty folders, reconciles the restored outboxes with Kafka,
 * starts the services and verifies counts, the audit chain, a search and the topics against the database; then prints
 * the RPO and the RTO.
 */
public final class RestoreDrill {

    static final String BEFORE_BACKUP = "before the base backup";
    static final String ARCHIVED = "after it, WAL archived";
    static final String UNARCHIVED = "after the last archived WAL segment";
    private static final String REPOSITORY = "drill";

    private final LocalStack stack;
    private final StackLayout layout;
    private final RegistryApi api;
    private final SignIn signIn;
    private final KafkaAfterRestore kafka;
    private KafkaAfterRestore.RegistrantTopic topicBefore;
    private final ElasticsearchSnapshots elasticsearch;
    private final WalArchive archive;
    private final int keepBackups;
    private final String run = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());

    private RestoreDrill(LocalStack stack, SignIn signIn, Duration archiveTimeout, int keepBackups) {
        this.keepBackups = keepBackups;
        this.stack = stack;
        this.layout = stack.layout();
        this.signIn = signIn;
        this.api = new RegistryApi(
                stack.entryUrl(),
                signIn,
                LocalCertificateAuthority.certificateFile(stack.layout().stateDir()));
        this.kafka = new KafkaAfterRestore(stack.kafka().clientProperties(KafkaAccess.ADMIN));
        this.elasticsearch = new ElasticsearchSnapshots(stack.elasticsearch());
        this.archive = new WalArchive(layout.walArchiveDir(), archiveTimeout);
    }

    public static void main(String[] args) throws Exception {
        int perPhase = argument(args, "--registrants", 10);
        Duration archiveTimeout = Duration.ofSeconds(argument(args, "--archive-timeout", 60));
        int keepBackups = argument(args, "--keep-backups", 3);
        boolean cluster = List.of(args).contains("--cluster");
        LocalStack stack = stack(StackLayout.fromEnvironment(), cluster);
        List<String> down = stack.all().stream()
                .filter(c -> c.process().isEmpty() || !healthyWithin(c, Duration.ofSeconds(60)))
                .map(Component::name)
                .toList();
        if (!down.isEmpty()) {
            System.err.println("The stack is not running and healthy (" + String.join(", ", down)
                    + "): start it with infra/local/up" + (cluster ? " --cluster" : "")
                    + " (the drill runs against the stack it was started as)");
            System.exit(2);
        }
        DrillReport report = new RestoreDrill(stack, signIn(stack), archiveTimeout, keepBackups).run(perPhase);
        System.out.println();
        report.lines().forEach(System.out::println);
        System.exit(report.verified() ? 0 : 1);
    }

    /** The stack {@code infra/local/up} started: single mode in the state folder, cluster mode in its {@code cluster/}. */
    private static LocalStack stack(StackLayout layout, boolean cluster) {
        String heap = System.getenv().getOrDefault("OPENSOR_ELASTICSEARCH_HEAP", "512m");
        if (cluster) {
            return LocalStack.cluster(
                    new StackLayout(layout.projectRoot(), layout.stateDir().resolve("cluster")),
                    ClusterPorts.defaults(),
                    heap);
        }
        return new LocalStack(
                layout,
                Ports.fromEnvironment(System.getenv()),
                true,
                heap,
                Ports.keycloakFromEnvironment(System.getenv()));
    }

    /** The demo accounts sign in as the stack has them: through Keycloak while it runs, else with HTTP Basic. */
    private static SignIn signIn(LocalStack stack) {
        Map<String, String> passwords = DemoAccounts.passwordsByUsername(stack.layout());
        if (!stack.keycloakWanted()) {
            return SignIn.basic(passwords);
        }
        KeycloakServer keycloak = stack.keycloak();
        return new KeycloakSignIn(
                keycloak.issuer(),
                KeycloakServer.CONSOLE_CLIENT,
                keycloak.consoleClientSecret(),
                stack.entryUrl(),
                passwords,
                keycloak.trustedCertificate());
    }

    private DrillReport run(int perPhase) throws Exception {
        PostgresServer postgres = stack.postgres();
        Path backupSet =
                PrivateDirectories.create(layout.backupDir().resolve("base").resolve(run));
        say("backup set: " + backupSet + " (WAL archive: " + archive.folder() + ")");
        prepareArchiving(postgres);
        // what an earlier drill or restore left on the registrant topic is this stack's history, not this run's doing
        try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
            topicBefore = kafka.compareRegistrants(superuser);
        }

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
        if (!elasticsearch.repositoryPathConfigured()) {
            say("restarting Elasticsearch: path.repo (its snapshot folder) takes effect on start");
            for (ElasticsearchServer node : stack.elasticsearchNodes()) {
                node.stop();
                bringUp(List.of(node));
            }
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

    /**
     * The failure: services stopped, PostgreSQL crashed, every Elasticsearch node stopped and, with Keycloak, Keycloak
     * too; their data moved out of the way. Kafka keeps running: its durability is its replicas, not this backup.
     */
    private Path fail(PostgresServer postgres) throws IOException {
        for (Component service : stack.services().reversed()) {
            service.stop();
        }
        postgres.crash();
        stack.elasticsearchNodes().forEach(Component::stop);
        if (stack.keycloakWanted()) {
            stack.keycloak().stop();
        }
        say("services stopped, PostgreSQL crashed (immediate shutdown), Elasticsearch stopped"
                + (stack.keycloakWanted() ? ", Keycloak stopped" : ""));
        Path aside = PrivateDirectories.create(
                layout.stateDir().resolve("drill-destroyed").resolve(run));
        Files.move(postgres.dataDir(), aside.resolve("postgres-data"));
        for (ElasticsearchServer node : stack.elasticsearchNodes()) {
            Files.move(elasticsearchData(node), aside.resolve(node.name() + "-data"));
        }
        if (stack.keycloakWanted() && Files.isDirectory(keycloakDatabase())) {
            Files.move(keycloakDatabase(), aside.resolve("keycloak-h2"));
        }
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
        if (stack.keycloakWanted()) {
            // Keycloak's own database went with the host: it imports the realm from the realm file again, with this
            // install's secrets (users, passwords, clients); started now, it does so while the data stores are restored
            stack.keycloak().start();
            say("keycloak starting on an empty database (log: "
                    + stack.keycloak().logFile() + ")");
        }
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

        for (ElasticsearchServer node : stack.elasticsearchNodes()) {
            Files.createDirectories(elasticsearchData(node));
        }
        bringUp(stack.elasticsearchNodes());
        elasticsearch.registerRepository(
                REPOSITORY, layout.snapshotRepositoryDir().resolve(REPOSITORY));
        elasticsearch.restore(REPOSITORY, run);
        step = lap(steps, "Elasticsearch: snapshot restore", step);

        if (stack.keycloakWanted()) {
            // what was changed in Keycloak since its import (a locked-out user, a unit) does not come back
            bringUp(List.of(stack.keycloak()));
            signIn.forgetSessions();
            step = lap(steps, "Keycloak: realm imported again (beyond the above)", step);
        }

        KafkaAfterRestore.Reconciled reconciled;
        try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
            reconciled = kafka.reconcileOutboxes(superuser);
        }
        say("outboxes: " + reconciled.unpublished().size() + " events unpublished after the restore, "
                + reconciled.alreadyOnKafka().size() + " of them already on Kafka (marked published, not sent again)");
        step = lap(steps, "Kafka: restored outboxes reconciled with the topics", step);

        if (Files.isRegularFile(checkpointCopy)) {
            Files.copy(
                    checkpointCopy,
                    AuditChainKey.checkpointFile(layout.stateDir()),
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        if (stack.clustered()) {
            // one instance of each service at a time, as infra/local/up starts them: six JVMs at once starve two cores
            List<Component> services = stack.services();
            bringUp(services.subList(0, 3));
            bringUp(services.subList(3, services.size()));
        } else {
            bringUp(stack.services());
        }
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
        checks.addAll(kafkaChecks(postgres, reconciled, written.get(UNARCHIVED), notes));
        lap(steps, "verification", step);
        Map<String, Integer> counts = new LinkedHashMap<>();
        written.forEach((phase, people) -> counts.put(phase, people.size()));
        return new DrillReport(
                archive.archiveTimeout(), counts, recovered, lastArchive, failureAt, steps, checks, notes);
    }

    /**
     * The topics against the restored database: every restored outbox event relayed, none twice, the consumers caught up
     * from the offsets they had, and the registrant topic's latest states those of PostgreSQL but for the registrations
     * the restore lost.
     */
    private List<DrillReport.Check> kafkaChecks(
            PostgresServer postgres,
            KafkaAfterRestore.Reconciled reconciled,
            List<RegistryApi.Person> lost,
            List<String> notes)
            throws SQLException {
        List<DrillReport.Check> checks = new ArrayList<>();
        awaitThat("the relays sent every restored outbox event", Duration.ofMinutes(3), () -> {
            try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
                return kafka.unpublished(superuser) == 0;
            } catch (SQLException e) {
                return false;
            }
        });
        Map<java.util.UUID, Integer> occurrences = kafka.occurrences(
                List.of(
                        org.opensor.registry.events.Topics.REGISTRANTS,
                        org.opensor.registry.events.Topics.TRAVEL,
                        org.opensor.registry.events.Topics.ALERTS),
                reconciled.since());
        long missing = reconciled.unpublished().stream()
                .filter(id -> !occurrences.containsKey(id))
                .count();
        long twice = reconciled.unpublished().stream()
                .filter(id -> occurrences.getOrDefault(id, 0) > 1)
                .count();
        checks.add(new DrillReport.Check(
                "Kafka: every restored outbox event on its topic",
                missing == 0,
                (reconciled.unpublished().size() - missing) + " of "
                        + reconciled.unpublished().size()));
        checks.add(new DrillReport.Check(
                "Kafka: no restored outbox event sent twice",
                twice == 0,
                twice + " twice; " + reconciled.alreadyOnKafka().size() + " found on Kafka were not sent again"));
        awaitThat("the consumer groups caught up", Duration.ofMinutes(3), () -> kafka.consumerLag() == 0);
        checks.add(new DrillReport.Check(
                "Kafka: consumers caught up from their offsets", kafka.consumerLag() == 0, "offsets kept, not reset"));
        KafkaAfterRestore.RegistrantTopic topic;
        try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
            topic = kafka.compareRegistrants(superuser);
        }
        java.util.Set<String> behind = new java.util.HashSet<>(topic.behindOrMissing());
        behind.removeAll(topicBefore.behindOrMissing());
        java.util.Set<String> ahead = new java.util.HashSet<>(topic.ahead());
        ahead.removeAll(topicBefore.ahead());
        checks.add(new DrillReport.Check(
                "Kafka: registrant topic at PostgreSQL's versions",
                behind.isEmpty() && ahead.isEmpty(),
                topic.registrants() + " registrants; " + behind.size() + " behind or missing, " + ahead.size()
                        + " ahead"
                        + (topicBefore.behindOrMissing().size()
                                                + topicBefore.ahead().size()
                                        == 0
                                ? ""
                                : " (besides "
                                        + (topicBefore.behindOrMissing().size()
                                                + topicBefore.ahead().size()) + " before the drill)")));
        java.util.Set<String> lostIds = new java.util.HashSet<>(ids(lost));
        try (Connection superuser = postgres.superuserConnection(PostgresServer.DATABASE)) {
            lostIds.removeIf(id -> {
                try {
                    return countIds(superuser, List.of(id)) > 0;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        java.util.Set<String> unexplained = new java.util.HashSet<>(topic.onlyOnTopic());
        unexplained.removeAll(lostIds);
        unexplained.removeAll(topicBefore.onlyOnTopic());
        checks.add(new DrillReport.Check(
                "Kafka: topic holds no registrant but the lost ones",
                unexplained.isEmpty(),
                topic.onlyOnTopic().size() + " not in PostgreSQL: " + lostIds.size() + " lost by this drill, "
                        + topicBefore.onlyOnTopic().size() + " before it"));
        notes.add("Kafka is not restored: " + topic.onlyOnTopic().size() + " registrants on the registrant topic"
                + " are not in PostgreSQL (relayed after the last archived WAL segment of this or an earlier restore;"
                + " docs/operations.md, \"Kafka after a restore\")");
        return checks;
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

    private Path elasticsearchData(ElasticsearchServer node) {
        return layout.dir(node.name()).resolve("data");
    }

    /** Keycloak's own H2 database (its realms, users, sessions), inside its server folder. */
    private Path keycloakDatabase() {
        return layout.dir("keycloak").resolve("server/data/h2");
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

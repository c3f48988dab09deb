package org.opensor.registry.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensor.registry.stack.Component;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.PostgresServer;
import org.opensor.registry.stack.StackException;

/**
 * {@code infra/local/chaos}: against a running cluster-mode stack, under a steady mixed load, kills or pauses one
 * component (then two) at a time, measures how long until a new registration is searchable and its travel alert
 * issued again, restarts what was killed, checks the invariants, and prints one row per fault.
 */
public final class ChaosSuite {

    private static final Duration PAUSE = Duration.ofSeconds(20);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);
    /** Beyond the stack's own start limit, for a restart on a loaded machine. */
    private static final Duration RESTART_LIMIT = Duration.ofMinutes(5);
    /** How long the cluster may take to rebuild its copies before the next fault. */
    private static final Duration WHOLE_LIMIT = Duration.ofMinutes(5);

    private ChaosSuite() {}

    public static void main(String[] args) throws Exception {
        Set<String> only =
                argument(args, "--only").map(v -> Set.of(v.split(","))).orElse(Set.of());
        int clients = argument(args, "--clients").map(Integer::parseInt).orElse(4);
        RunningCluster cluster = RunningCluster.attach();
        if (List.of(args).contains("--throughput")) {
            ClusterThroughput.run(
                    cluster,
                    clients,
                    Duration.ofSeconds(
                            argument(args, "--seconds").map(Integer::parseInt).orElse(60)));
            return;
        }
        LocalStack stack = cluster.stack();
        RegistryClient api = cluster.api();
        PostgresServer postgres = stack.postgres();
        Invariants invariants = new Invariants(
                postgres.jdbcUrl(), PostgresServer.SUPERUSER, postgres.superuserPassword(), stack.elasticsearchNodes());

        try (WebhookReceiver receiver = new WebhookReceiver(LocalCertificateAuthority.ensure(stack.layout()));
                AlertStreamWatch stream1 = new AlertStreamWatch(cluster.direct("registry-api-1"));
                AlertStreamWatch stream2 = new AlertStreamWatch(cluster.direct("registry-api-2"))) {
            subscribe(cluster, receiver);
            MixedLoad load = new MixedLoad(api, clients);
            Probe probe = new Probe(api, invariants);
            List<Fault> faults = faults(stack).stream()
                    .filter(f -> only.isEmpty() || only.contains(f.name()))
                    .toList();
            System.out.printf(
                    "Chaos suite: %d faults, %d load clients through %s%n%n", faults.size(), clients, api.base());
            System.out.printf(
                    "%-44s %8s %6s %5s %6s %9s %9s %9s  %s%n",
                    "FAULT", "REQUESTS", "503", "5XX", "NO-ANS", "RECOVERED", "RESTARTED", "WHOLE", "INVARIANTS");
            load.start();
            boolean allHeld = true;
            try {
                Redundancy redundancy = new Redundancy(stack);
                System.out.println("cluster whole before the first fault after " + redundancy.await(WHOLE_LIMIT));
                for (Fault fault : faults) {
                    allHeld &=
                            run(fault, load, probe, invariants, receiver, api, List.of(stream1, stream2), redundancy);
                }
            } finally {
                load.stop();
            }
            System.out.printf(
                    "%nwebhooks received: %d; people registered by the load: %d%n",
                    receiver.webhooksReceived(), load.written().size());
            System.out.println(allHeld ? "EVERY INVARIANT HELD" : "SOME INVARIANTS FAILED (see above)");
            System.exit(allHeld ? 0 : 1);
        }
    }

    private static boolean run(
            Fault fault,
            MixedLoad load,
            Probe probe,
            Invariants invariants,
            WebhookReceiver receiver,
            RegistryClient api,
            List<AlertStreamWatch> streams,
            Redundancy redundancy)
            throws Exception {
        load.nextWindow();
        long injected = System.nanoTime();
        fault.inject();
        if (fault.pause()) {
            Thread.sleep(PAUSE);
            fault.resume();
        }
        Duration recovered = probe.firstSuccessSince(injected, RECOVERY_LIMIT);
        long restartStarted = System.nanoTime();
        String restarted = "-";
        if (!fault.pause()) {
            fault.awaitGone();
            restarted = restart(fault.targets(), restartStarted);
        }
        String whole = redundancy.await(WHOLE_LIMIT);
        Thread.sleep(5_000);
        Outcomes outcomes = load.nextWindow();
        List<Invariants.Check> checks =
                new ArrayList<>(invariants.check(load.written(), receiver, api, Duration.ofSeconds(120)));
        if (fault.targets().stream().noneMatch(t -> t.name().startsWith("registry-api"))) {
            // a killed instance's stream misses what happened while it was gone (clients catch up with GET /alerts)
            checks.add(sameAlertChanges(
                    streams, injected, System.nanoTime() - Duration.ofSeconds(5).toNanos()));
        }
        List<Invariants.Check> broken = checks.stream().filter(c -> !c.held()).toList();
        boolean held = broken.isEmpty() && outcomes.serverErrors.sum() == 0;
        System.out.printf(
                "%-44s %8d %6d %5d %6d %9s %9s %9s  %s%n",
                fault.name(),
                outcomes.total(),
                outcomes.unavailable.sum(),
                outcomes.serverErrors.sum(),
                outcomes.noAnswer.sum(),
                recovered == null ? "NEVER" : seconds(recovered.toNanos()),
                restarted,
                whole,
                broken.isEmpty()
                        ? checks.size() + "/" + checks.size() + " held"
                        : broken.stream().map(c -> c.name() + ": " + c.found()).collect(Collectors.joining("; ")));
        return held && recovered != null;
    }

    /** Starts what was killed; a start slower than the stack's own limit (a loaded machine) is waited for, not fatal. */
    private static String restart(List<Component> targets, long started) throws InterruptedException {
        try {
            LocalStack.startAndAwait(targets, line -> {});
        } catch (StackException slow) {
            long deadline = System.nanoTime() + RESTART_LIMIT.toNanos();
            while (!targets.stream().allMatch(Component::healthy)) {
                if (System.nanoTime() > deadline) {
                    return "NEVER";
                }
                Thread.sleep(1_000);
            }
        }
        return seconds(System.nanoTime() - started);
    }

    /** What either instance streamed in the window, the other streamed too, or ends on the same state of that alert. */
    private static Invariants.Check sameAlertChanges(List<AlertStreamWatch> streams, long from, long to) {
        long seen = 0;
        List<String> missing = new ArrayList<>();
        for (AlertStreamWatch stream : streams) {
            for (String id : stream.seenBetween(from, to)) {
                seen++;
                for (AlertStreamWatch other : streams) {
                    if (!other.sawOrCaughtUp(id, stream)) {
                        missing.add(id.substring(id.lastIndexOf(':') + 1) + " (other saw " + other.statesOf(id) + ")");
                    }
                }
            }
        }
        return new Invariants.Check(
                "both instances streamed every alert change (" + seen + ")",
                missing.isEmpty(),
                missing.isEmpty()
                        ? ""
                        : missing.size() + " changes missing on one instance: "
                                + missing.subList(0, Math.min(3, missing.size())));
    }

    /** Every single fault, then pairs that leave a majority of each quorum (Kafka 2 of 3, Elasticsearch 2 of 3). */
    static List<Fault> faults(LocalStack stack) {
        Map<String, Component> byName = new HashMap<>();
        stack.all().forEach(c -> byName.put(c.name(), c));
        List<Fault> faults = new ArrayList<>();
        for (String name : List.of(
                "kafka-1",
                "kafka-2",
                "kafka-3",
                "elasticsearch-1",
                "elasticsearch-2",
                "registry-api-1",
                "registry-api-2",
                "notification-worker-1",
                "notification-worker-2",
                "search-indexer-1",
                "search-indexer-2")) {
            faults.add(new Fault("kill -9 " + name, List.of(byName.get(name)), false));
        }
        faults.add(new Fault("pause 20 s notification-worker-1", List.of(byName.get("notification-worker-1")), true));
        faults.add(new Fault("pause 20 s kafka-2", List.of(byName.get("kafka-2")), true));
        for (List<String> pair : List.of(
                List.of("kafka-1", "notification-worker-2"),
                List.of("elasticsearch-1", "registry-api-2"),
                List.of("kafka-3", "search-indexer-1"),
                List.of("registry-api-1", "notification-worker-1"),
                List.of("notification-worker-2", "search-indexer-2"))) {
            faults.add(new Fault(
                    "kill -9 " + String.join(" + ", pair),
                    pair.stream().map(byName::get).toList(),
                    false));
        }
        return faults;
    }

    static void subscribe(RunningCluster cluster, WebhookReceiver receiver) {
        RegistryClient admin = cluster.direct("notification-worker-1");
        RegistryClient.Reply created = admin.post("/api/v1/subscriptions", "admin", """
                {"agency":"Chaos suite receiver","url":"%s","alertTypes":["TRAVEL_NOTICE"],"countries":[],"borderPosts":[],"districts":[]}""".formatted(receiver.url()));
        if (!created.accepted()) {
            throw new IllegalStateException(
                    "Cannot subscribe the webhook receiver: " + created.status() + " " + created.body());
        }
    }

    static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    static java.util.Optional<String> argument(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return java.util.Optional.of(args[i + 1]);
            }
        }
        return java.util.Optional.empty();
    }
}

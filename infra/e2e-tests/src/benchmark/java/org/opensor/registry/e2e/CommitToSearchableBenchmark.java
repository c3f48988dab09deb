package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.opensor.registry.stack.ElasticsearchAccess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's commit-to-searchable figure, through the three services as deployed: a court clerk registers people at a
 * steady rate; from the moment the API answers 201 for each (the change and its outbox row are committed), one
 * watcher asks the {@code registrants} alias every 25 ms which of them it can find yet. The lag covers
 * the outbox relay, Kafka, the search-indexer and Elasticsearch's refresh; the identity search API on top of the
 * index is measured by registry-api's benchmarks (and is rate-limited per officer, so it cannot be polled here).
 * Runs only when asked:
 * <pre>
 * ./mvnw -f infra/e2e-tests/pom.xml verify -Dit.test=CommitToSearchableBenchmark -Dtest=none \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtests.quiet=false [-Dbenchmark.registrations=300] [-Dbenchmark.rate=20]
 * </pre>
 * (the modules' jars must be built: {@code ./mvnw package -DskipTests} first).
 */
class CommitToSearchableBenchmark {

    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void commitToSearchable() throws Exception {
        E2eStack stack = E2eStack.get();
        int registrations = Integer.getInteger("benchmark.registrations", 300);
        int rate = Integer.getInteger("benchmark.rate", 20);
        long prefix = ThreadLocalRandom.current().nextLong(100_000, 999_999);
        try (Watcher warmUp = new Watcher(stack)) {
            for (int i = 0; i < 20; i++) { // the first requests compile the path and open the connections
                warmUp.watch(register(stack, "W" + prefix + String.format("%04d", i)), System.nanoTime());
            }
            warmUp.awaitAll(20);
        }

        Watcher watcher = new Watcher(stack);
        long started = System.nanoTime();
        try (ExecutorService clerks = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < registrations; i++) {
                long due = started + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                String passport = "S" + prefix + String.format("%04d", i);
                clerks.submit(() -> {
                    String id = register(stack, passport);
                    watcher.watch(id, System.nanoTime());
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = watcher.awaitAll(registrations).stream().sorted().toList(); // the last ones get their full patience
        watcher.close();
        System.out.printf("[benchmark] %d registrations at %d/s over %.1f s; commit to searchable: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), rate, seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.getLast());
        System.out.println("[benchmark] of which the outbox relay (commit to Kafka's acknowledgement): " + relayLag(stack, "LAGS" + prefix));
        assertThat(sorted).hasSize(registrations).allMatch(lag -> lag < PATIENCE.toMillis());
    }

    /** Registers one person as the court clerk; returns the id once the API has answered 201 (committed). */
    private static String register(E2eStack stack, String passport) throws Exception {
        HttpResponse<String> created = stack.http().send(HttpRequest.newBuilder(URI.create(stack.api.url() + "/api/v1/registrants"))
                .header("Authorization", stack.basicAuth("clerk")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"familyName":"LAG%s","givenNames":"Dara","dateOfBirth":"1979","sex":"MALE","nationalities":["KHM"],
                         "documents":[{"type":"PASSPORT","number":"%s","issuingState":"KHM"}],"confirmedDistinctPerson":true}"""
                        .formatted(passport, passport))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /**
     * One thread that asks Elasticsearch every 25 ms which of the committed registrants it can find yet (one
     * {@code terms} search for all of them), so that watching costs the index the same however many are pending.
     */
    private static final class Watcher implements AutoCloseable {

        private final E2eStack stack;
        private final Map<String, Long> pending = new ConcurrentHashMap<>();
        private final List<Long> lagsMillis = Collections.synchronizedList(new ArrayList<>());
        private final Thread polling;
        private volatile boolean stopped;

        Watcher(E2eStack stack) {
            this.stack = stack;
            this.polling = Thread.ofVirtual().start(this::pollUntilClosed);
        }

        void watch(String registrantId, long committedNanos) {
            pending.put(registrantId, committedNanos);
        }

        /** Waits, up to the patience, until {@code expected} registrants were found; returns their lags. */
        List<Long> awaitAll(int expected) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (lagsMillis.size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(POLL);
            }
            return List.copyOf(lagsMillis);
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            polling.join();
        }

        private void pollUntilClosed() {
            try {
                while (!stopped) {
                    poll();
                    Thread.sleep(POLL);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private void poll() throws Exception {
            if (pending.isEmpty()) {
                return;
            }
            List<String> ids = List.copyOf(pending.keySet());
            String terms = ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(","));
            // as the tests' own super user, over HTTPS checked against the test servers' authority
            HttpResponse<String> found = stack.servers.elasticsearchHttp().send(stack.servers.elasticsearchRequest(
                            "/registrants/_search?filter_path=hits.hits._source.registrantId", ElasticsearchAccess.ADMIN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"size\":" + ids.size() + ",\"_source\":[\"registrantId\"],"
                            + "\"query\":{\"terms\":{\"registrantId\":[" + terms + "]}}}")).build(), HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            for (String id : ids) {
                if (found.body().contains(id)) {
                    Long committed = pending.remove(id);
                    if (committed != null) {
                        lagsMillis.add((now - committed) / 1_000_000);
                    }
                }
            }
        }
    }

    /** p50, p99 and max of published_at − occurred_at for the run's registrations, from registry-api's outbox. */
    private static String relayLag(E2eStack stack, String familyPrefix) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(stack.servers.jdbcUrl(), stack.servers.jdbcUser(),
                stack.servers.jdbcPassword());
             java.sql.PreparedStatement query = db.prepareStatement("""
                     select percentile_disc(0.5) within group (order by lag), percentile_disc(0.99) within group (order by lag), max(lag)
                     from (select extract(epoch from (o.published_at - o.occurred_at)) * 1000 as lag
                           from registry.outbox_event o join registry.registrant r on r.id::text = o.event_key
                           where r.family_name like ?) lags""")) {
            query.setString(1, familyPrefix + "%");
            try (java.sql.ResultSet row = query.executeQuery()) {
                row.next();
                return "p50 %.0f ms, p99 %.0f ms, max %.0f ms".formatted(row.getDouble(1), row.getDouble(2), row.getDouble(3));
            }
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

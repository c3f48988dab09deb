package org.opensor.registry.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The figures of issue 3: registrant creates per second through the API (with the outbox), and the outbox relay lag
 * from commit to Kafka acknowledgement (p50, p99) under that load. Runs only when asked:
 * <pre>
 * ./mvnw -f registry-api/pom.xml verify -Dit.test=RegistrantCreateBenchmark \
 *     [-Dbenchmark.seconds=30] [-Dbenchmark.clients=16] [-Dbenchmark.warmupSeconds=10]
 * </pre>
 * The lag is {@code published_at - occurred_at} of the outbox rows written during the run: from the change (taken
 * inside the transaction) until the relay has Kafka's acknowledgement.
 */
@IntegrationTest
class RegistrantCreateBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void createsPerSecondAndRelayLag() throws Exception {
        TestAccounts.ensure(jdbc, encoder);
        ApiClient api = new ApiClient(port);
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        int clients = Integer.getInteger("benchmark.clients", 16);
        String family = TestNames.unique();
        // A random start keeps document numbers and names apart from earlier runs against the same database.
        AtomicLong sequence = new AtomicLong(java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        // Warm-up at full load, not counted: the first seconds are JIT compilation, not the service.
        load(api, clients, Duration.ofSeconds(Integer.getInteger("benchmark.warmupSeconds", 10)), family, sequence, new AtomicInteger(), new AtomicInteger());
        Instant start = Instant.now();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        load(api, clients, Duration.ofSeconds(seconds), family, sequence, created, failed);
        double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        awaitRelayed(start);
        List<Double> lags = jdbc.sql("""
                select extract(epoch from (published_at - occurred_at)) * 1000 from registry.outbox_event
                where occurred_at >= :start and published_at is not null order by 1
                """).param("start", Timestamp.from(start)).query(Double.class).list();

        System.out.printf("[benchmark] %d clients, %.1f s: %d creates (%.1f/s), %d failed; relay lag over %d events: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                clients, elapsed, created.get(), created.get() / elapsed, failed.get(), lags.size(), percentile(lags, 50),
                percentile(lags, 99), lags.isEmpty() ? 0 : lags.getLast());
        assertThat(failed.get()).isZero();
        assertThat(lags).hasSizeGreaterThanOrEqualTo(created.get());
    }

    private static void load(ApiClient api, int clients, Duration duration, String family, AtomicLong sequence, AtomicInteger created,
                             AtomicInteger failed) {
        long deadline = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int status = api.post("/api/v1/registrants", "clerk", body(family, sequence.incrementAndGet())).status();
                        (status == 201 ? created : failed).incrementAndGet();
                    }
                });
            }
        }
    }

    private void awaitRelayed(Instant since) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("select count(*) from registry.outbox_event where occurred_at >= :start and published_at is null")
                .param("start", Timestamp.from(since)).query(Integer.class).single() > 0) {
            Thread.sleep(100);
        }
    }

    private static String body(String family, long n) {
        return """
                {"familyName":"%s","givenNames":"Load %s","dateOfBirth":"1980","sex":"MALE","nationalities":["KHM"],
                 "documents":[{"type":"PASSPORT","number":"B%013d","issuingState":"KHM"}]}""".formatted(family, letters(n), n);
    }

    /** A name word from a number, so that no two bodies share a name key. */
    private static String letters(long n) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.toString();
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

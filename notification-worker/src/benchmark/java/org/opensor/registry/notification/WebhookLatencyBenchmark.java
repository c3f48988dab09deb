package org.opensor.registry.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Load driver (issue 6 figures): latency from a travel event handed to Kafka to the signed webhook verified by a
 * local receiver, at a steady rate, then at doubling rates to find the highest sustained one (p99 ≤ 1 s and
 * everything delivered). Off by default; run with
 * {@code ./mvnw -f notification-worker/pom.xml verify -Dit.test=WebhookLatencyBenchmark}
 * ({@code -Dbenchmark.rate=200 -Dbenchmark.seconds=20 -Dbenchmark.maxRate=1600} to change the steps).
 */
class WebhookLatencyBenchmark extends WorkerITSupport {

    private static final Pattern REGISTRANT = Pattern.compile("\"registrantId\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Test
    void measuresLatencyAtTheTargetRateAndFindsTheHighestSustainedRate() throws Exception {
        int rate = Integer.getInteger("benchmark.rate", 200);
        int seconds = Integer.getInteger("benchmark.seconds", 20);
        int maxRate = Integer.getInteger("benchmark.maxRate", 1600);
        AdminClient admin = new AdminClient(port, "registry-admin", ADMIN_PASSWORD);
        // Warm-up at the target rate, not counted: JIT compilation, connection pools and the first Kafka
        // assignments would otherwise dominate the tail of a 20 s run (JMH does the same with its warm-up).
        int warmup = Integer.getInteger("benchmark.warmupSeconds", 10);
        if (warmup > 0) {
            System.out.println("[benchmark] warm-up, not counted: " + run(admin, rate, warmup));
        }
        List<String> lines = new ArrayList<>();
        int sustained = 0;
        for (int step = rate; step <= maxRate; step *= 2) {
            Result result = run(admin, step, step == rate ? seconds : Math.max(10, seconds / 2));
            lines.add(result.toString());
            System.out.println("[benchmark] " + result);
            if (result.delivered < result.sent || result.p99Millis > 1_000) {
                break;
            }
            sustained = step;
        }
        System.out.println("[benchmark] highest sustained rate: " + sustained + " alerts/s (p99 <= 1 s, all delivered)");
        lines.forEach(l -> System.out.println("[benchmark] " + l));
    }

    private record Result(int rate, int seconds, int sent, int delivered, long p50Millis, long p99Millis, long maxMillis) {
        @Override
        public String toString() {
            return "rate " + rate + "/s for " + seconds + " s: sent " + sent + ", delivered " + delivered + ", p50 " + p50Millis
                    + " ms, p99 " + p99Millis + " ms, max " + maxMillis + " ms";
        }
    }

    private Result run(AdminClient admin, int rate, int seconds) throws Exception {
        String post = "LOAD" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        try (WebhookReceiver receiver = WebhookReceiver.onFreePort(); KafkaProducer<String, byte[]> producer = producer()) {
            receiver.verifyingWith(admin.subscribe("{\"agency\":\"LOAD\",\"url\":\"" + receiver.url() + "\",\"borderPosts\":[\"" + post + "\"]}")
                    .secret()).start();
            int total = rate * seconds;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                UUID registrant = UUID.randomUUID();
                TravelNoticeDeclaredV1 notice = new TravelNoticeDeclaredV1(UUID.randomUUID(), registrant, LocalDate.now().plusDays(30), null,
                        null, List.of(new TravelNoticeDeclaredV1.Leg("XLD", post, null, null)), "load", "PASSPORT", "N1", null, false, Instant.now());
                sentAt.put(registrant.toString(), System.nanoTime());
                producer.send(event(Topics.TRAVEL, registrant.toString(), UUID.randomUUID(), TravelEventTypes.NOTICE_DECLARED_V1, EventCodec.write(notice)));
            }
            producer.flush();
            long drainUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (receiver.received().size() < total && System.nanoTime() < drainUntil) {
                Thread.sleep(200);
            }
            long[] latencies = receiver.received().stream().filter(WebhookReceiver.Received::verified).mapToLong(r -> {
                Matcher m = REGISTRANT.matcher(r.body());
                return m.find() && sentAt.containsKey(m.group(1)) ? (r.receivedAtNanos() - sentAt.get(m.group(1))) / 1_000_000 : -1;
            }).filter(l -> l >= 0).sorted().toArray();
            return new Result(rate, seconds, total, latencies.length, percentile(latencies, 50), percentile(latencies, 99),
                    latencies.length == 0 ? -1 : latencies[latencies.length - 1]);
        }
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

}

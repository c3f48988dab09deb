package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.ServiceProcess;
import org.opensor.registry.stack.StackLayout;
import org.opensor.registry.testservices.TestServices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * kill -9 of the worker, run from its jar, while 1,000 travel notices are being turned into alerts and sent to two
 * agencies; then a restart. Every alert reaches both receivers, no source event makes two alerts, and no receiver
 * sees one webhook-id with two different bodies (a webhook sent before the crash but not yet recorded is sent again
 * under the same id, which the receiver drops). Own database and consumer group, so only this worker takes part.
 */
class WorkerCrashIT {

    private static final int NOTICES = 1_000;
    private static final String POST = "BP-CRASH";
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    private static ServiceProcess worker;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startWorker() throws Exception {
        TestServices.Endpoints servers = TestServices.get();
        String database = TestServices.createDatabase("worker_crash");
        // the worker's Kafka user may use the groups named notification-worker*
        String group = "notification-worker-crash-" + UUID.randomUUID();
        KafkaGroups.startAtEnd(group, List.of(Topics.TRAVEL, Topics.ALERTS, Topics.REGISTRANTS));
        jdbc = JdbcClient.create(new DriverManagerDataSource(database, servers.jdbcUser(), servers.jdbcPassword()));

        StackLayout layout = new StackLayout(
                StackLayout.findProjectRoot(Path.of("")), Files.createTempDirectory("opensor-worker-crash-"));
        int port = Ports.freePort();
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL",
                database,
                "SPRING_DATASOURCE_USERNAME",
                servers.jdbcUser(),
                "SPRING_DATASOURCE_PASSWORD",
                servers.jdbcPassword(),
                "NOTIFICATION_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "NOTIFICATION_SECRET_KEY",
                randomKey(),
                "REGISTRY_NOTIFICATION_INTAKE_GROUP_ID",
                group,
                // A killed worker's leased deliveries are due again when the lease runs out: 10 s instead of 2 min
                // keeps the test short; the request timeout stays below it, as it must.
                "REGISTRY_NOTIFICATION_DELIVERY_LEASE",
                "PT10S",
                "REGISTRY_NOTIFICATION_DELIVERY_REQUEST_TIMEOUT",
                "PT5S"));
        env.putAll(servers.kafkaEnvironment("notification-worker"));
        env.put("SERVER_PORT", Integer.toString(port));
        worker = new ServiceProcess(layout, "notification-worker", port, "SERVER_PORT", env);
        LocalStack.startAndAwait(List.of(worker), line -> System.out.println("[worker-crash] " + line));
    }

    @AfterAll
    static void stopWorker() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Test
    void killMinus9WithAThousandAlertsInFlightThenRestartEveryAlertArrivesOnceUnderOneBodyPerWebhookId()
            throws Exception {
        try (WebhookReceiver borderPost = WebhookReceiver.onFreePort();
                WebhookReceiver liaison = WebhookReceiver.onFreePort();
                KafkaProducer<String, byte[]> producer = WorkerITSupport.producer()) {
            AdminClient admin = new AdminClient(worker.port(), "registry-admin", ADMIN_PASSWORD);
            String country = "XCR";
            borderPost
                    .verifyingWith(admin.subscribe(
                                    subscription("BORDER-CRASH", borderPost, "\"borderPosts\":[\"" + POST + "\"]"))
                            .secret())
                    .answeringAfter(Duration.ofMillis(50))
                    .start();
            liaison.verifyingWith(admin.subscribe(
                                    subscription("LIAISON-CRASH", liaison, "\"countries\":[\"" + country + "\"]"))
                            .secret())
                    .answeringAfter(Duration.ofMillis(50))
                    .start();

            List<String> registrants = new ArrayList<>();
            for (int i = 0; i < NOTICES; i++) {
                UUID registrant = UUID.randomUUID();
                registrants.add(registrant.toString());
                producer.send(WorkerITSupport.event(
                        Topics.TRAVEL,
                        registrant.toString(),
                        UUID.randomUUID(),
                        TravelEventTypes.NOTICE_DECLARED_V1,
                        EventCodec.write(notice(registrant, country))));
            }
            producer.flush();
            WorkerITSupport.await(
                    "the first webhooks",
                    Duration.ofSeconds(60),
                    () -> borderPost.received().size() + liaison.received().size() >= 100);

            ProcessHandle process = worker.process().orElseThrow();
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no draining, no last commit
            process.onExit().get(30, TimeUnit.SECONDS);
            int receivedBeforeKill =
                    borderPost.received().size() + liaison.received().size();
            System.out.printf(
                    "[worker-crash] killed with %d webhooks received; in the database: %s%n",
                    receivedBeforeKill, snapshot());

            long restarted = System.nanoTime();
            LocalStack.startAndAwait(List.of(worker), line -> System.out.println("[worker-crash] " + line));
            Set<String> expected = Set.copyOf(registrants);
            WorkerITSupport.await(
                    "every alert at both receivers",
                    Duration.ofMinutes(4),
                    () -> arrived(borderPost, expected) == NOTICES && arrived(liaison, expected) == NOTICES);
            // Most of the wait after a restart is Kafka's: the killed consumer keeps its partitions until its session
            // times out (45 s by default).
            System.out.printf(
                    "[worker-crash] all %d alerts at both receivers %.1f s after the restart; %d requests in all, %d resent"
                            + " under an id already received%n",
                    NOTICES,
                    (System.nanoTime() - restarted) / 1e9,
                    borderPost.received().size() + liaison.received().size(),
                    resent(borderPost) + resent(liaison));

            assertThat(jdbc.sql("select count(*) from notification.alert")
                            .query(Integer.class)
                            .single())
                    .as("one alert per notice")
                    .isEqualTo(NOTICES);
            for (WebhookReceiver receiver : List.of(borderPost, liaison)) {
                assertThat(receiver.received()).allMatch(WebhookReceiver.Received::verified, "signature valid");
                Map<String, Set<String>> bodiesById = receiver.received().stream()
                        .collect(Collectors.groupingBy(
                                WebhookReceiver.Received::webhookId,
                                Collectors.mapping(WebhookReceiver.Received::body, Collectors.toSet())));
                assertThat(bodiesById).as("one webhook-id per alert").hasSize(NOTICES);
                assertThat(bodiesById.values()).as("one body per webhook-id").allMatch(bodies -> bodies.size() == 1);
            }
            // Successes are recorded in batches after the response; the last batch may still be on its way.
            WorkerITSupport.await(
                    "every delivery recorded as delivered",
                    Duration.ofSeconds(30),
                    () -> jdbc.sql("select count(*) from notification.delivery where state <> 'DELIVERED'")
                                    .query(Integer.class)
                                    .single()
                            == 0);
        }
    }

    /** Distinct alerts (webhook-ids) that reached the receiver for the given registrants. */
    private static long arrived(WebhookReceiver receiver, Set<String> registrants) {
        return receiver.received().stream()
                .filter(r -> registrants.contains(registrantOf(r.body())))
                .map(WebhookReceiver.Received::webhookId)
                .distinct()
                .count();
    }

    private static String registrantOf(String body) {
        int at = body.indexOf("\"registrantId\":\"");
        return at < 0 ? "" : body.substring(at + 16, at + 16 + 36);
    }

    private static long resent(WebhookReceiver receiver) {
        return receiver.received().size()
                - receiver.received().stream()
                        .map(WebhookReceiver.Received::webhookId)
                        .distinct()
                        .count();
    }

    private static String snapshot() {
        return "alerts "
                + jdbc.sql("select count(*) from notification.alert")
                        .query(Integer.class)
                        .single() + ", deliveries "
                + jdbc.sql("select state || ' ' || count(*) from notification.delivery group by state order by state")
                        .query(String.class)
                        .list();
    }

    private static String subscription(String agency, WebhookReceiver receiver, String filter) {
        return "{\"agency\":\"" + agency + "\",\"url\":\"" + receiver.url() + "\"," + filter + "}";
    }

    private static TravelNoticeDeclaredV1 notice(UUID registrant, String country) {
        return new TravelNoticeDeclaredV1(
                UUID.randomUUID(),
                registrant,
                LocalDate.now().plusDays(30),
                LocalDate.now().plusDays(40),
                null,
                List.of(new TravelNoticeDeclaredV1.Leg(country, POST, "XX 123", null)),
                "tourism",
                "PASSPORT",
                "N0000000",
                null,
                false,
                Instant.now());
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

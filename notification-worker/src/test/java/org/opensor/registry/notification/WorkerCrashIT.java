package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
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
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.ServiceProcess;
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
    private static WorkerJarRun run;
    private static ServiceProcess worker;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startWorker() throws Exception {
        run = WorkerJarRun.create("worker_crash", List.of(Topics.TRAVEL, Topics.ALERTS, Topics.REGISTRANTS));
        jdbc = JdbcClient.create(new DriverManagerDataSource(
                run.database, TestServices.get().jdbcUser(), TestServices.get().jdbcPassword()));
        worker = run.instance("notification-worker-crash");
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
            AdminClient admin = new AdminClient(worker, "registry-admin", run.adminPassword);
            String country = "XCR";
            borderPost
                    .verifyingWith(admin.subscribe(WorkerJarRun.subscription(
                                    "BORDER-CRASH", borderPost, "\"borderPosts\":[\"" + POST + "\"]"))
                            .secret())
                    .answeringAfter(Duration.ofMillis(50))
                    .start();
            liaison.verifyingWith(admin.subscribe(WorkerJarRun.subscription(
                                    "LIAISON-CRASH", liaison, "\"countries\":[\"" + country + "\"]"))
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
                        EventCodec.write(TravelNotices.declared(registrant, country, POST))));
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
                    () -> WorkerJarRun.arrived(borderPost, expected) == NOTICES
                            && WorkerJarRun.arrived(liaison, expected) == NOTICES);
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
}

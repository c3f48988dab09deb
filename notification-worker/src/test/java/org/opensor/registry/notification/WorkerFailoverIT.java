package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * Two workers in one consumer group, each holding travel partitions; kill -9 of one while alerts flow, and no
 * restart: the survivor must take over the dead one's partitions (KIP-848, the broker's 10 s session) and its leased
 * deliveries, so every alert still arrives once. Half the notices are sent after the kill, so some land on the dead
 * worker's partitions. The CI-sized part of the chaos suite (infra/local/chaos).
 */
class WorkerFailoverIT {

    private static final int NOTICES = 300;
    private static final String POST = "BP-FAILOVER";
    private static final List<String> CLIENT_IDS = List.of("worker-a", "worker-b");
    private static WorkerJarRun run;
    private static final List<ServiceProcess> workers = new ArrayList<>();

    @BeforeAll
    static void startTwoWorkers() throws Exception {
        run = WorkerJarRun.create("worker_failover", List.of(Topics.TRAVEL, Topics.ALERTS, Topics.REGISTRANTS));
        workers.add(run.instance(CLIENT_IDS.get(0)));
        workers.add(run.instance(CLIENT_IDS.get(1)));
        LocalStack.startAndAwait(workers, line -> System.out.println("[worker-failover] " + line));
        WorkerITSupport.await(
                "both workers in the group and the travel partitions assigned",
                Duration.ofSeconds(60),
                () -> CLIENT_IDS.stream().allMatch(id -> startsWithAny(KafkaGroups.members(run.group), id))
                        && !KafkaGroups.holders(run.group, Topics.TRAVEL).isEmpty());
        System.out.printf(
                "[worker-failover] members %s; travel partitions held by %s%n",
                KafkaGroups.members(run.group), KafkaGroups.holders(run.group, Topics.TRAVEL));
    }

    @AfterAll
    static void stopWorkers() {
        workers.forEach(ServiceProcess::stop);
    }

    @Test
    void theSurvivorTakesOverAKilledWorkersPartitionsAndLeasesSoEveryAlertArrivesOnce() throws Exception {
        try (WebhookReceiver borderPost = WebhookReceiver.onFreePort();
                KafkaProducer<String, byte[]> producer = WorkerITSupport.producer()) {
            AdminClient admin = new AdminClient(workers.getFirst(), "registry-admin", run.adminPassword);
            borderPost
                    .verifyingWith(admin.subscribe(WorkerJarRun.subscription(
                                    "BORDER-FAILOVER", borderPost, "\"borderPosts\":[\"" + POST + "\"]"))
                            .secret())
                    .answeringAfter(Duration.ofMillis(50))
                    .start();

            List<String> registrants = new ArrayList<>();
            declareNotices(producer, NOTICES / 2, registrants);
            WorkerITSupport.await(
                    "the first webhooks",
                    Duration.ofSeconds(60),
                    () -> borderPost.received().size() >= 30);

            // kill a worker that holds travel partitions (the sticky assignor may have given them all to one)
            int doomed = startsWithAny(KafkaGroups.holders(run.group, Topics.TRAVEL), CLIENT_IDS.get(0)) ? 0 : 1;
            String survivor = CLIENT_IDS.get(1 - doomed);
            ProcessHandle killed = workers.get(doomed).process().orElseThrow();
            killed.destroyForcibly(); // SIGKILL: its partitions stay assigned until the broker's session ends
            killed.onExit().get(30, TimeUnit.SECONDS);
            long killedAt = System.nanoTime();
            // notices on the dead worker's partitions wait for the survivor's takeover
            declareNotices(producer, NOTICES / 2, registrants);

            Set<String> expected = Set.copyOf(registrants);
            WorkerITSupport.await(
                    "every alert at the border post from the surviving worker",
                    Duration.ofMinutes(2),
                    () -> WorkerJarRun.arrived(borderPost, expected) == NOTICES);
            System.out.printf(
                    "[worker-failover] all %d alerts delivered %.1f s after the kill, with no restart%n",
                    NOTICES, (System.nanoTime() - killedAt) / 1e9);

            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
                    run.database,
                    TestServices.get().jdbcUser(),
                    TestServices.get().jdbcPassword()));
            assertThat(jdbc.sql("select count(*) from notification.alert")
                            .query(Integer.class)
                            .single())
                    .as("one alert per notice")
                    .isEqualTo(NOTICES);
            assertThat(KafkaGroups.holders(run.group, Topics.TRAVEL))
                    .as("the survivor's consumers hold every travel partition")
                    .isNotEmpty()
                    .allMatch(clientId -> clientId.startsWith(survivor));
            assertThat(borderPost.received()).allMatch(WebhookReceiver.Received::verified, "signature valid");
        }
    }

    private static boolean startsWithAny(Set<String> clientIds, String prefix) {
        return clientIds.stream().anyMatch(id -> id.startsWith(prefix));
    }

    private static void declareNotices(KafkaProducer<String, byte[]> producer, int count, List<String> registrants) {
        for (int i = 0; i < count; i++) {
            UUID registrant = UUID.randomUUID();
            registrants.add(registrant.toString());
            producer.send(WorkerITSupport.event(
                    Topics.TRAVEL,
                    registrant.toString(),
                    UUID.randomUUID(),
                    TravelEventTypes.NOTICE_DECLARED_V1,
                    EventCodec.write(TravelNotices.declared(registrant, "XFO", POST))));
        }
        producer.flush();
    }
}

package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.notification.delivery.WebhookVerifier;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An agency's receiver down for ten minutes, with the production retry schedule (first retry after 5 s, doubling,
 * jitter), on a worker whose clock the test moves forward: ten minutes pass in seconds, every retry that falls due is
 * really tried over HTTP and really fails (the test waits for each round, not for a guessed time), and once the
 * receiver is back every alert arrives, each under its one webhook-id and body, with the clock stopped after the first. Own database and consumer group, so no other worker's rows or events take part.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "registry.notification.delivery.first-retry=PT5S",
            "registry.notification.delivery.max-retry-interval=PT1H",
            "registry.notification.delivery.retry-for=PT25H"
        })
@Import(ReceiverOutageIT.OwnWorker.class)
class ReceiverOutageIT {

    private static final String POST = "BP-OUTAGE";
    private static final Duration DOWN = Duration.ofMinutes(10);
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final int ALERTS = 20;

    /** Trust in the test receivers' authority, known before the web server starts. */
    @DynamicPropertySource
    static void testReceiversAuthority(DynamicPropertyRegistry registry) {
        TestReceivers.register(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SteppingClock clock;

    @LocalServerPort
    int port;

    @Test
    void aReceiverDownForTenMinutesGetsEverythingOnceItIsBackUnderTheSameIdsAndBodies() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.onFreePort();
                KafkaProducer<String, byte[]> producer = WorkerITSupport.producer()) {
            AdminClient admin = new AdminClient(port, "registry-admin", WorkerITSupport.ADMIN_PASSWORD);
            String secret = admin.subscribe("{\"agency\":\"BORDER-OUTAGE\",\"url\":\"" + receiver.url()
                            + "\",\"borderPosts\":[\"" + POST + "\"]}")
                    .secret();
            receiver.verifyingWith(new WebhookVerifier(List.of(secret), Duration.ofMinutes(5), clock));
            Set<String> registrants = IntStream.range(0, ALERTS)
                    .mapToObj(i -> UUID.randomUUID().toString())
                    .collect(Collectors.toSet());
            for (String registrant : registrants) {
                TravelNoticeDeclaredV1 notice = TravelNotices.declared(UUID.fromString(registrant), "XRO", POST);
                producer.send(WorkerITSupport.event(
                                Topics.TRAVEL,
                                registrant,
                                UUID.randomUUID(),
                                TravelEventTypes.NOTICE_DECLARED_V1,
                                EventCodec.write(notice)))
                        .get();
            }
            WorkerITSupport.await(
                    "every first attempt failed", Duration.ofSeconds(60), () -> count("awaiting_retry") == ALERTS);

            Instant wentDown = clock.instant();
            while (clock.instant().isBefore(wentDown.plus(DOWN))) {
                clock.advance(STEP);
                awaitRound(receiver); // each retry due now is really tried (and fails) before time moves on
            }
            int attemptsWhileDown = jdbc.sql("select coalesce(sum(attempts), 0) from notification.delivery")
                    .query(Integer.class)
                    .single();
            assertThat(count("state = 'DEAD'"))
                    .as("nothing given up after ten minutes")
                    .isZero();

            receiver.start();
            Instant back = clock.instant();
            while (receiver.received().isEmpty() && clock.instant().isBefore(back.plus(Duration.ofHours(1)))) {
                clock.advance(STEP);
                awaitRound(receiver);
            }
            clock.freeze();
            Instant firstArrival = clock.instant();
            // The clock stands still from here: the rest can only arrive because the first success brought them
            // forward,
            // not each after its own back-off (which would need the clock to move).
            WorkerITSupport.await(
                    "every alert without the clock moving",
                    Duration.ofSeconds(60),
                    () -> arrived(receiver, registrants) == ALERTS);
            Instant allArrived = clock.instant();

            assertThat(arrived(receiver, registrants))
                    .as("alerts at the receiver")
                    .isEqualTo(ALERTS);
            Map<String, Set<String>> bodiesById = receiver.received().stream()
                    .collect(Collectors.groupingBy(
                            WebhookReceiver.Received::webhookId,
                            Collectors.mapping(WebhookReceiver.Received::body, Collectors.toSet())));
            assertThat(bodiesById).as("one webhook-id per alert").hasSize(ALERTS);
            bodiesById
                    .values()
                    .forEach(bodies ->
                            assertThat(bodies).as("one body per webhook-id").hasSize(1));
            assertThat(allArrived)
                    .as("no clock step between the first arrival and the last")
                    .isEqualTo(firstArrival);
            System.out.printf(
                    "[receiver-outage] %d alerts, %d attempts in %d min down (%.1f per alert); first arrival %d s after the"
                            + " receiver was back, all %d s after%n",
                    ALERTS,
                    attemptsWhileDown,
                    DOWN.toMinutes(),
                    attemptsWhileDown / (double) ALERTS,
                    Duration.between(back, firstArrival).toSeconds(),
                    Duration.between(back, allArrived).toSeconds());
        }
    }

    /** Distinct alerts that reached the receiver with a valid signature. */
    private static long arrived(WebhookReceiver receiver, Set<String> registrants) {
        return receiver.received().stream()
                .filter(r -> r.verified() && registrants.stream().anyMatch(r.body()::contains))
                .map(WebhookReceiver.Received::webhookId)
                .distinct()
                .count();
    }

    /**
     * Waits, in real time, for the dispatcher's round at the test clock's time: every delivery due then is claimed
     * (none left due), and every claimed one answered (failed and awaiting its retry, or arrived).
     */
    private void awaitRound(WebhookReceiver receiver) {
        Instant now = clock.instant();
        WorkerITSupport.await(
                "the retries due now are taken",
                Duration.ofSeconds(30),
                () -> jdbc.sql(
                                        "select count(*) from notification.delivery where state = 'PENDING' and next_attempt_at <= :now")
                                .param("now", java.sql.Timestamp.from(now))
                                .query(Integer.class)
                                .single()
                        == 0);
        WorkerITSupport.await(
                "the retries taken are answered",
                Duration.ofSeconds(30),
                () -> count("state = 'PENDING' and not awaiting_retry") == 0
                        || !receiver.received().isEmpty());
    }

    private int count(String condition) {
        return jdbc.sql("select count(*) from notification.delivery where " + condition)
                .query(Integer.class)
                .single();
    }

    /** Wall-clock time plus however far the test has moved it. */
    static final class SteppingClock extends Clock {

        private final AtomicLong offsetMillis = new AtomicLong();
        private volatile Instant frozenAt;

        void advance(Duration by) {
            offsetMillis.addAndGet(by.toMillis());
        }

        /** Stops the clock where it is: from now on no time passes for the worker, however long the test waits. */
        void freeze() {
            frozenAt = instant();
        }

        @Override
        public Instant instant() {
            Instant frozen = frozenAt;
            return frozen != null ? frozen : Instant.now().plusMillis(offsetMillis.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }

    /** The worker's own database, consumer group starting at the topics' ends, and the stepping clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnWorker {

        @Bean
        @Primary
        SteppingClock steppingClock() {
            return new SteppingClock();
        }

        @Bean
        static DynamicPropertyRegistrar ownWorkerProperties() {
            String database = TestServices.createDatabase("receiver_outage");
            String group = "notification-worker-receiver-outage-"
                    + UUID.randomUUID(); // the worker's groups: notification-worker*
            KafkaGroups.startAtEnd(group, List.of(Topics.TRAVEL, Topics.ALERTS, Topics.REGISTRANTS));
            TestServices.Endpoints servers = TestServices.get();
            return registry -> {
                registry.add("spring.datasource.url", () -> database);
                registry.add("spring.datasource.username", servers::jdbcUser);
                registry.add("spring.datasource.password", servers::jdbcPassword);
                TestServices.registerKafka(registry); // logs in as notification-worker
                registry.add("registry.notification.intake.group-id", () -> group);
                registry.add("registry.notification.admin.password", () -> WorkerITSupport.ADMIN_PASSWORD);
                registry.add("registry.notification.secrets.encryption-key", () -> WorkerITSupport.SECRET_KEY);
            };
        }
    }
}

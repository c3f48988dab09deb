package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertAcknowledgedV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Travel events in, signed webhooks out: the journeys of issue 6 against real PostgreSQL, Kafka and HTTP receivers. */
class TravelAlertDeliveryIT extends WorkerITSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private AdminClient admin;
    private KafkaProducer<String, byte[]> producer;
    private final String country = randomCountry();
    private final String post = "BP" + ThreadLocalRandom.current().nextInt(1_000_000);

    @BeforeEach
    void setUp() {
        admin = new AdminClient(port, "registry-admin", ADMIN_PASSWORD);
        producer = producer();
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void aDeclaredTripProducesSignedWebhooksAtTheBorderPostAndTheLiaisonOnceEvenWhenKafkaRedelivers() throws Exception {
        try (WebhookReceiver borderPost = WebhookReceiver.onFreePort();
                WebhookReceiver liaison = WebhookReceiver.onFreePort()) {
            borderPost
                    .verifyingWith(subscribe("BORDER-" + post, borderPost, "\"borderPosts\":[\"" + post + "\"]")
                            .secret())
                    .start();
            liaison.verifyingWith(subscribe("LIAISON-" + country, liaison, "\"countries\":[\"" + country + "\"]")
                            .secret())
                    .start();
            UUID eventId = UUID.randomUUID();
            TravelNoticeDeclaredV1 notice = notice(UUID.randomUUID(), false);

            declare(notice, eventId);
            declare(notice, eventId); // Kafka delivers it twice

            await(
                    "both receivers",
                    Duration.ofSeconds(30),
                    () -> borderPost
                                            .verifiedContaining(
                                                    notice.registrantId().toString())
                                            .size()
                                    == 1
                            && liaison.verifiedContaining(notice.registrantId().toString())
                                            .size()
                                    == 1);
            WebhookReceiver.Received received = borderPost.received().getFirst();
            assertThat(received.verified()).isTrue();
            assertThat(received.signature()).startsWith("v1,");
            assertThat(received.body())
                    .contains("\"type\":\"alert.issued\"")
                    .contains("\"alertType\":\"TRAVEL_NOTICE\"")
                    .contains("border-post:" + country + ":" + post)
                    .contains("liaison:" + country)
                    .contains("sex-offender register");
            assertThat(jdbc.sql("select count(*) from notification.alert where source_event_id = :id")
                            .param("id", eventId)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            UUID alertId = jdbc.sql("select alert_id from notification.alert where source_event_id = :id")
                    .param("id", eventId)
                    .query(UUID.class)
                    .single();
            await(
                    "alert delivered and its events published",
                    Duration.ofSeconds(10),
                    () -> "DELIVERED".equals(state(alertId))
                            && published(alertId, AlertEventTypes.ISSUED_V1) == 1
                            && published(alertId, AlertEventTypes.DELIVERED_V1) == 2);
            // One delivery row per alert, subscriber and purpose, both delivered: the dispatcher has nothing left to
            // send.
            assertThat(jdbc.sql("select state from notification.delivery where alert_id = :a")
                            .param("a", alertId)
                            .query(String.class)
                            .list())
                    .containsExactly("DELIVERED", "DELIVERED");
            assertThat(borderPost.received()).hasSize(1);
        }
    }

    @Test
    void aReceiverThatIsDownGetsEverythingOnceItComesBackUnderTheSameIdsAndBodies() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.onFreePort()) {
            receiver.verifyingWith(subscribe("BORDER-" + post, receiver, "\"borderPosts\":[\"" + post + "\"]")
                    .secret());
            UUID registrant = UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                declare(notice(registrant, false), UUID.randomUUID());
            }
            await(
                    "5 alerts with failed attempts",
                    Duration.ofSeconds(30),
                    () -> jdbc.sql("""
                    select count(*) from notification.delivery d join notification.alert a using (alert_id)
                    where a.registrant_id = :r and d.attempts >= 2 and d.state = 'PENDING'""")
                                    .param("r", registrant)
                                    .query(Integer.class)
                                    .single()
                            == 5);

            receiver.start();

            await(
                    "all 5 delivered",
                    Duration.ofSeconds(15),
                    () -> receiver.verifiedContaining(registrant.toString()).stream()
                                    .map(WebhookReceiver.Received::webhookId)
                                    .distinct()
                                    .count()
                            == 5);
            Map<String, List<String>> bodiesById = receiver.received().stream()
                    .collect(Collectors.groupingBy(
                            WebhookReceiver.Received::webhookId,
                            Collectors.mapping(WebhookReceiver.Received::body, Collectors.toList())));
            bodiesById
                    .values()
                    .forEach(bodies -> assertThat(bodies.stream().distinct()).hasSize(1));
        }
    }

    @Test
    void anUnacknowledgedUrgentAlertEscalatesToTheDutyOfficerAndAnAcknowledgedOneDoesNot() throws Exception {
        try (WebhookReceiver dutyOfficer = WebhookReceiver.onFreePort();
                WebhookReceiver borderPost = WebhookReceiver.onFreePort()) {
            dutyOfficer
                    .verifyingWith(subscribe("DUTY-OFFICER", dutyOfficer, "\"countries\":[]")
                            .secret())
                    .start();
            borderPost
                    .verifyingWith(subscribe("BORDER-" + post, borderPost, "\"borderPosts\":[\"" + post + "\"]")
                            .secret())
                    .start();
            UUID ignored = UUID.randomUUID();
            UUID acknowledged = UUID.randomUUID();
            declare(notice(ignored, true), UUID.randomUUID()); // late notice: urgent, 4 s to acknowledge here
            declare(notice(acknowledged, true), UUID.randomUUID());
            UUID acknowledgedAlert = awaitAlert(acknowledged);
            acknowledge(acknowledgedAlert);
            await("acknowledged", Duration.ofSeconds(10), () -> "ACKNOWLEDGED".equals(state(acknowledgedAlert)));

            await(
                    "escalation webhook",
                    Duration.ofSeconds(20),
                    () -> !dutyOfficer.verifiedContaining(ignored.toString()).isEmpty());
            UUID ignoredAlert = awaitAlert(ignored);
            assertThat(dutyOfficer
                            .verifiedContaining(ignored.toString())
                            .getFirst()
                            .body())
                    .contains("\"type\":\"alert.escalated\"")
                    .contains("\"severity\":\"URGENT\"")
                    .contains("escalatedAt");
            assertThat(state(ignoredAlert)).isEqualTo("ESCALATED");
            await(
                    "escalation event published",
                    Duration.ofSeconds(10),
                    () -> published(ignoredAlert, AlertEventTypes.ESCALATED_V1) == 1);
            assertThat(borderPost.verifiedContaining(ignored.toString()))
                    .as("the border post got the alert itself")
                    .hasSize(1);
            // what the OpenSorAcknowledgementsOverdue alert reads: the escalated alert is still unacknowledged
            await(
                    "overdue gauge",
                    Duration.ofSeconds(10),
                    () -> meters.get("registry.worker.alerts.overdue").gauge().value() >= 1);

            // Not a guessed sleep: wait until the acknowledged alert's deadline has passed, then for an escalation
            // round
            // that started after it (two completed rounds from now), and only then assert that nothing happened.
            Instant acknowledgeBy = jdbc.sql("select acknowledge_by from notification.alert where alert_id = :a")
                    .param("a", acknowledgedAlert)
                    .query(java.sql.Timestamp.class)
                    .single()
                    .toInstant();
            await(
                    "the acknowledged alert's deadline passes",
                    Duration.ofSeconds(20),
                    () -> Instant.now().isAfter(acknowledgeBy));
            double rounds = escalationRounds();
            await(
                    "an escalation round after the deadline",
                    Duration.ofSeconds(20),
                    () -> escalationRounds() >= rounds + 2);
            assertThat(state(acknowledgedAlert)).isEqualTo("ACKNOWLEDGED");
            assertThat(dutyOfficer.verifiedContaining(acknowledged.toString())).isEmpty();
        }
    }

    @Test
    void aMalformedTravelEventLandsOnTheDeadLetterTopicAndTheNextEventsStillFlow() throws Exception {
        UUID registrant = UUID.randomUUID();
        UUID badEvent = UUID.randomUUID();
        try (KafkaConsumer<String, byte[]> dlq = dlqConsumer()) {
            producer.send(event(
                            Topics.TRAVEL,
                            registrant.toString(),
                            badEvent,
                            TravelEventTypes.NOTICE_DECLARED_V1,
                            "{\"noticeId\":\"not a uuid\"}".getBytes(StandardCharsets.UTF_8)))
                    .get();
            declare(notice(registrant, false), UUID.randomUUID());

            awaitAlert(registrant);
            List<ConsumerRecord<String, byte[]>> seen = new java.util.ArrayList<>();
            ConsumerRecord<String, byte[]> parked = Awaitility.await(
                            "the malformed event on " + Topics.deadLetter(Topics.TRAVEL))
                    .atMost(Duration.ofSeconds(30))
                    .pollDelay(Duration.ZERO)
                    .until(
                            () -> {
                                dlq.poll(Duration.ofMillis(500)).forEach(seen::add);
                                return seen.stream()
                                        .filter(r -> badEvent.toString()
                                                .equals(new String(
                                                        r.headers()
                                                                .lastHeader(CloudEventHeaders.ID)
                                                                .value(),
                                                        StandardCharsets.UTF_8)))
                                        .findFirst()
                                        .orElse(null);
                            },
                            java.util.Objects::nonNull);
            assertThat(new String(
                            parked.headers()
                                    .lastHeader(CloudEventHeaders.DEAD_LETTER_REASON)
                                    .value(),
                            StandardCharsets.UTF_8))
                    .contains("TravelNoticeDeclaredV1");
            assertThat(jdbc.sql("select count(*) from notification.received_event where event_id = :id")
                            .param("id", badEvent)
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void aDeliveryThatGaveUpIsListedAndTheAdministratorReplaysItUnderTheSameId() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.onFreePort()) {
            receiver.verifyingWith(subscribe("BORDER-" + post, receiver, "\"borderPosts\":[\"" + post + "\"]")
                    .secret());
            UUID registrant = UUID.randomUUID();
            declare(notice(registrant, false), UUID.randomUUID());
            UUID alertId = awaitAlert(registrant);

            await("dead letter", Duration.ofSeconds(30), () -> deadLetters().contains(alertId.toString()));
            String webhookId = jdbc.sql(
                            "select webhook_id from notification.delivery where alert_id = :a and state = 'DEAD'")
                    .param("a", alertId)
                    .query(String.class)
                    .single();
            String deliveryId = jdbc.sql("select delivery_id::text from notification.delivery where alert_id = :a")
                    .param("a", alertId)
                    .query(String.class)
                    .single();
            receiver.start();
            var replay = admin.send("POST", "/api/v1/deliveries/dead-letters/" + deliveryId + "/replay", null, null);

            assertThat(replay.statusCode()).isEqualTo(202);
            await(
                    "replayed delivery",
                    Duration.ofSeconds(10),
                    () -> !receiver.verifiedContaining(registrant.toString()).isEmpty());
            assertThat(receiver.received().getFirst().webhookId()).isEqualTo(webhookId);
            assertThat(admin.send("POST", "/api/v1/deliveries/dead-letters/" + deliveryId + "/replay", null, null)
                            .statusCode())
                    .as("no longer dead")
                    .isEqualTo(404);
        }
    }

    @Test
    void aSubscriptionSavedWithAnHttpUrlBeforeHttpsWasRequiredGetsNothingInTheClear() throws Exception {
        try (WebhookReceiver plaintext = WebhookReceiver.plaintextOnFreePort()) {
            AdminClient.Created subscription =
                    subscribe("BORDER-" + post, WebhookReceiver.onFreePort(), "\"borderPosts\":[\"" + post + "\"]");
            // as a row written before the API refused http:// looks
            jdbc.sql("update notification.subscription set url = :url where subscription_id = :id")
                    .param("url", plaintext.url())
                    .param("id", UUID.fromString(subscription.id()))
                    .update();
            plaintext.verifyingWith(subscription.secret()).start();
            UUID registrant = UUID.randomUUID();

            declare(notice(registrant, false), UUID.randomUUID());

            await(
                    "the plaintext delivery refused",
                    Duration.ofSeconds(30),
                    () -> jdbc.sql("select count(*) from notification.delivery where subscription_id = :s"
                                            + " and attempts > 0 and last_error = 'receiver URL is not https'")
                                    .param("s", UUID.fromString(subscription.id()))
                                    .query(Integer.class)
                                    .single()
                            > 0);
            assertThat(plaintext.url()).startsWith("http://");
            assertThat(plaintext.received()).isEmpty();
        }
    }

    private String deadLetters() {
        try {
            return admin.send("GET", "/api/v1/deliveries/dead-letters?size=200", null, null)
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AdminClient.Created subscribe(String agency, WebhookReceiver receiver, String filter) throws Exception {
        return admin.subscribe("{\"agency\":\"" + agency + "\",\"url\":\"" + receiver.url() + "\"," + filter + "}");
    }

    private TravelNoticeDeclaredV1 notice(UUID registrant, boolean late) {
        return new TravelNoticeDeclaredV1(
                UUID.randomUUID(),
                registrant,
                LocalDate.now().plusDays(late ? 3 : 30),
                LocalDate.now().plusDays(40),
                null,
                List.of(new TravelNoticeDeclaredV1.Leg(country, post, "XX 123", null)),
                "tourism",
                "PASSPORT",
                "N0000000",
                null,
                late,
                Instant.now());
    }

    private void declare(TravelNoticeDeclaredV1 notice, UUID eventId) throws Exception {
        producer.send(event(
                        Topics.TRAVEL,
                        notice.registrantId().toString(),
                        eventId,
                        TravelEventTypes.NOTICE_DECLARED_V1,
                        EventCodec.write(notice)))
                .get();
    }

    private void acknowledge(UUID alertId) throws Exception {
        producer.send(event(
                        Topics.ALERTS,
                        alertId.toString(),
                        UUID.randomUUID(),
                        AlertEventTypes.ACKNOWLEDGED_V1,
                        EventCodec.write(new AlertAcknowledgedV1(
                                alertId, "BORDER/officer-17", "identity confirmed", Instant.now()))))
                .get();
    }

    private UUID awaitAlert(UUID registrant) throws InterruptedException {
        await(
                "alert for the registrant",
                Duration.ofSeconds(30),
                () -> jdbc.sql("select count(*) from notification.alert where registrant_id = :r")
                                .param("r", registrant)
                                .query(Integer.class)
                                .single()
                        > 0);
        return jdbc.sql("select alert_id from notification.alert where registrant_id = :r")
                .param("r", registrant)
                .query(UUID.class)
                .single();
    }

    /** Escalation rounds completed so far: the job's own signal that it ran. */
    private double escalationRounds() {
        return meters.counter("registry.worker.escalation.rounds").count();
    }

    private String state(UUID alertId) {
        return jdbc.sql("select state from notification.alert where alert_id = :a")
                .param("a", alertId)
                .query(String.class)
                .single();
    }

    private int published(UUID alertId, String type) {
        return jdbc.sql(
                        "select count(*) from notification.outbox_event where event_key = :k and event_type = :t and published_at is not null")
                .param("k", alertId.toString())
                .param("t", type)
                .query(Integer.class)
                .single();
    }

    private static KafkaConsumer<String, byte[]> dlqConsumer() {
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(Topics.deadLetter(Topics.TRAVEL)));
        return consumer;
    }

    private static String randomCountry() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        // X..: user-assigned codes, never the home country nor another test's.
        return "X" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }
}

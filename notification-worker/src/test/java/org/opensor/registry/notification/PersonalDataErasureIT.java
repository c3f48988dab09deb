package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantPersonalDataErasedV1;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 26, retention of de-registered registrants at the worker: once registry-api announces it erased the person's
 * data, the worker's own copy goes too (projected facts, travel notices, restriction), its alerts and webhook bodies
 * keep their states for the audit but no longer name the person, and the same event taken in twice erases once.
 */
class PersonalDataErasureIT extends WorkerITSupport {

    private static final String FAMILY_NAME = "ERASEDFAMILY";
    private static final String GIVEN_NAMES = "Erasedgiven";

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private KafkaProducer<String, byte[]> producer;
    private final String post = "BP" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final UUID registrant = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        producer = producer();
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void anErasureRemovesTheWorkersCopyAndBlanksItsAlertsOnce() throws Exception {
        try (WebhookReceiver borderPost = WebhookReceiver.onFreePort()) {
            AdminClient admin = new AdminClient(port, "registry-admin", ADMIN_PASSWORD);
            borderPost
                    .verifyingWith(admin.subscribe("{\"agency\":\"BORDER-" + post + "\",\"url\":\"" + borderPost.url()
                                    + "\",\"borderPosts\":[\"" + post + "\"]}")
                            .secret())
                    .start();
            registeredThenHitAtTheBorder();
            await(
                    "the border post's alerts delivered",
                    Duration.ofSeconds(30),
                    // recorded as delivered too: the receiver hears a webhook before the worker commits its state
                    () -> borderPost.verifiedContaining(registrant.toString()).size() == 2
                            && namingThePerson() >= 3
                            && delivered() == 2);

            UUID eventId = UUID.randomUUID();
            byte[] erasure = EventCodec.write(new RegistrantPersonalDataErasedV1(
                    registrant, Instant.parse("2019-03-01T10:00:00Z"), Instant.now()));
            producer.send(event(
                            Topics.REGISTRANTS,
                            registrant.toString(),
                            eventId,
                            RegistrantEventTypes.PERSONAL_DATA_ERASED_V1,
                            erasure))
                    .get();
            await(
                    "the worker's copy erased",
                    Duration.ofSeconds(30),
                    () -> count("registrant_fact") == 0 && namingThePerson() == 0);

            assertThat(jdbc.sql("select state from notification.alert where registrant_id = :r")
                            .param("r", registrant)
                            .query(String.class)
                            .list())
                    .as("the alerts stay, as states for the audit")
                    .hasSize(2);
            assertThat(delivered())
                    .as("what was delivered stays recorded as delivered")
                    .isEqualTo(2);

            producer.send(event(
                            Topics.REGISTRANTS,
                            registrant.toString(),
                            eventId,
                            RegistrantEventTypes.PERSONAL_DATA_ERASED_V1,
                            erasure))
                    .get();
            producer.send(event(
                            Topics.REGISTRANTS,
                            registrant.toString(),
                            UUID.randomUUID(),
                            RegistrantEventTypes.RESTRICTION_CHANGED_V1,
                            EventCodec.write(new org.opensor.registry.events.registrant.RecordRestrictionChangedV1(
                                    registrant, List.of(), "registry-admin", Instant.now()))))
                    .get();
            await(
                    "the redelivered erasure and the event after it taken in",
                    Duration.ofSeconds(30),
                    () -> received(RegistrantEventTypes.RESTRICTION_CHANGED_V1) == 1);
            assertThat(received(RegistrantEventTypes.PERSONAL_DATA_ERASED_V1))
                    .as("idempotent on the event id")
                    .isEqualTo(1);
        }
    }

    /** The registrant taken in by the worker, then a strong hit at the border post: two alerts for its subscribers. */
    private void registeredThenHitAtTheBorder() throws Exception {
        producer.send(event(
                        Topics.REGISTRANTS,
                        registrant.toString(),
                        UUID.randomUUID(),
                        RegistrantEventTypes.REGISTERED_V1,
                        state()))
                .get();
        await("facts taken in", Duration.ofSeconds(30), () -> count("registrant_fact") == 1);
        producer.send(event(
                        Topics.TRAVEL,
                        registrant.toString(),
                        UUID.randomUUID(),
                        TravelEventTypes.BORDER_HIT_V1,
                        EventCodec.write(new BorderHitV1(
                                UUID.randomUUID(), registrant, post, "KHM", "DEPARTURE", "STRONG", Instant.now()))))
                .get();
    }

    @Test
    void aWebhookInFlightWhenTheErasureArrivesIsRecordedAsDeliveredAndWhatWasNotSentIsWithheld() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        try (WebhookReceiver borderPost = WebhookReceiver.onFreePort();
                WebhookReceiver unreachable = WebhookReceiver.onFreePort()) {
            AdminClient admin = new AdminClient(port, "registry-admin", ADMIN_PASSWORD);
            borderPost
                    .verifyingWith(admin.subscribe("{\"agency\":\"BORDER-" + post + "\",\"url\":\"" + borderPost.url()
                                    + "\",\"borderPosts\":[\"" + post + "\"]}")
                            .secret())
                    .answeringWhen(answer)
                    .start();
            // never started: every attempt is refused, so its deliveries wait for a retry or are dead-lettered
            admin.subscribe("{\"agency\":\"BORDER-DOWN-" + post + "\",\"url\":\"" + unreachable.url()
                    + "\",\"borderPosts\":[\"" + post + "\"]}");
            registeredThenHitAtTheBorder();
            await(
                    "both alerts received by the border post, which holds its answer",
                    Duration.ofSeconds(30),
                    () -> borderPost.verifiedContaining(registrant.toString()).size() == 2);

            producer.send(event(
                            Topics.REGISTRANTS,
                            registrant.toString(),
                            UUID.randomUUID(),
                            RegistrantEventTypes.PERSONAL_DATA_ERASED_V1,
                            EventCodec.write(new RegistrantPersonalDataErasedV1(
                                    registrant, Instant.parse("2019-03-01T10:00:00Z"), Instant.now()))))
                    .get();
            await(
                    "the erasure taken in while the webhooks are in flight",
                    Duration.ofSeconds(30),
                    () -> received(RegistrantEventTypes.PERSONAL_DATA_ERASED_V1) == 1);
            assertThat(namingThePerson())
                    .as("no body names the person once the erasure is committed, in flight or not")
                    .isZero();
            answer.countDown();

            await(
                    "the border post's answers recorded and the unreachable receiver's deliveries withheld",
                    Duration.ofSeconds(30),
                    () -> statesAt(borderPost).equals(List.of("DELIVERED", "DELIVERED"))
                            && statesAt(unreachable).equals(List.of("WITHHELD", "WITHHELD")));
            assertThat(namingThePerson()).isZero();
            assertThat(unreachable.received()).isEmpty();
        }
    }

    /** The states of this registrant's deliveries to one receiver. */
    private List<String> statesAt(WebhookReceiver receiver) {
        return jdbc.sql("""
                        select d.state from notification.delivery d join notification.alert a using (alert_id)
                        join notification.subscription s using (subscription_id)
                        where a.registrant_id = :r and s.url = :url order by d.state""")
                .param("r", registrant)
                .param("url", receiver.url())
                .query(String.class)
                .list();
    }

    /** Rows of the worker's that still carry the person's name: the projection, alert texts and webhook bodies. */
    private int namingThePerson() {
        return jdbc.sql("""
                        select (select count(*) from notification.registrant_fact where family_name = :name)
                             + (select count(*) from notification.alert where registrant_id = :r
                                  and (data::text like '%' || :name || '%' or reason like '%' || :name || '%'))
                             + (select count(*) from notification.delivery d join notification.alert a using (alert_id)
                                  where a.registrant_id = :r and d.payload like '%' || :name || '%')""")
                .param("name", FAMILY_NAME)
                .param("r", registrant)
                .query(Integer.class)
                .single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from notification." + table + " where registrant_id = :r")
                .param("r", registrant)
                .query(Integer.class)
                .single();
    }

    private int received(String type) {
        return jdbc.sql("select count(*) from notification.received_event where subject = :r and event_type = :t")
                .param("r", registrant.toString())
                .param("t", type)
                .query(Integer.class)
                .single();
    }

    private byte[] state() {
        return """
                {"registrantId":"%s","version":1,"familyName":"%s","givenNames":"%s","aliases":[],"sex":"MALE","dateOfBirth":"1971-03-09",
                 "nationalities":["FRA"],"documents":[],"phoneNumbers":[],
                 "internetIdentifiers":[],"photoReferences":[],"biometricReferences":[],"convictions":[],"custodyStatus":"IN_CUSTODY",
                 "addresses":[],"changedAt":"2026-01-05T08:00:00Z"}
                """.formatted(registrant, FAMILY_NAME, GIVEN_NAMES).getBytes(StandardCharsets.UTF_8);
    }

    private int delivered() {
        return jdbc.sql("""
                        select count(*) from notification.delivery d join notification.alert a using (alert_id)
                        where a.registrant_id = :r and d.state = 'DELIVERED'""").param("r", registrant).query(Integer.class).single();
    }
}

package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 finding 1 at the worker: a record restricted to a unit sends no personal data by webhook to anyone outside
 * that unit. The border hit on the restricted person raises its alerts, which reach the unit's subscription in full
 * and no other agency; the duty officer outside the unit hears of the missed deadline without the person's identity.
 */
class RestrictedRecordWebhooksIT extends WorkerITSupport {

    private static final String FAMILY_NAME = "DUPONTRESTRICTED";
    private static final String GIVEN_NAMES = "Jeanrestricted";
    private static final String DOCUMENT = "N0123456";

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private AdminClient admin;
    private KafkaProducer<String, byte[]> producer;
    private final String post = "BP" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final String owningUnit = "UNIT-A-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final UUID registrant = UUID.randomUUID();

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
    void aBorderHitOnARestrictedRecordReachesTheOwningUnitInFullAndNoOtherAgencyWithPersonalData() throws Exception {
        try (WebhookReceiver unit = WebhookReceiver.onFreePort();
                WebhookReceiver otherUnit = WebhookReceiver.onFreePort();
                WebhookReceiver borderPost = WebhookReceiver.onFreePort();
                WebhookReceiver dutyOfficer = WebhookReceiver.onFreePort();
                WebhookReceiver unitDutyOfficer = WebhookReceiver.onFreePort()) {
            unit.verifyingWith(
                            subscribe("POLICE-" + owningUnit, owningUnit, unit).secret())
                    .start();
            otherUnit
                    .verifyingWith(subscribe("POLICE-UNIT-B", "UNIT-B-" + post, otherUnit)
                            .secret())
                    .start();
            borderPost
                    .verifyingWith(subscribe("BORDER-" + post, null, borderPost).secret())
                    .start();
            dutyOfficer
                    .verifyingWith(subscribe("DUTY-OFFICER", null, dutyOfficer).secret())
                    .start();
            unitDutyOfficer
                    .verifyingWith(subscribe("DUTY-OFFICER", owningUnit, unitDutyOfficer)
                            .secret())
                    .start();
            registeredInCustodyAndRestricted();

            producer.send(event(
                            Topics.TRAVEL,
                            registrant.toString(),
                            UUID.randomUUID(),
                            TravelEventTypes.BORDER_HIT_V1,
                            EventCodec.write(new BorderHitV1(
                                    UUID.randomUUID(), registrant, post, "KHM", "DEPARTURE", "STRONG", Instant.now()))))
                    .get();

            await(
                    "the owning unit's alerts",
                    Duration.ofSeconds(30),
                    () -> unit.verifiedContaining(registrant.toString()).size() == 2);
            assertThat(unit.verifiedContaining(registrant.toString()))
                    .allSatisfy(received -> assertThat(received.body())
                            .contains("\"type\":\"alert.issued\"")
                            .contains(FAMILY_NAME)
                            .contains(GIVEN_NAMES)
                            .contains("FRA"));
            List<String> alerts = jdbc.sql("select alert_id::text from notification.alert where registrant_id = :r")
                    .param("r", registrant)
                    .query(String.class)
                    .list();
            assertThat(alerts).hasSize(2);

            await(
                    "escalations of both alerts",
                    Duration.ofSeconds(30),
                    () -> alerts.stream()
                            .allMatch(id -> !dutyOfficer.verifiedContaining(id).isEmpty()
                                    && !unitDutyOfficer.verifiedContaining(id).isEmpty()));
            for (String alertId : alerts) {
                String withheld =
                        dutyOfficer.verifiedContaining(alertId).getFirst().body();
                assertThat(withheld)
                        .contains("\"type\":\"alert.escalated.withheld\"")
                        .contains("\"severity\":")
                        .contains("\"contactUnits\":[\"" + owningUnit + "\"]")
                        .contains("border-post:KHM:" + post)
                        .contains("acknowledgeBy");
                assertNoPersonalData(withheld);
                assertThat(unitDutyOfficer
                                .verifiedContaining(alertId)
                                .getFirst()
                                .body())
                        .contains("\"type\":\"alert.escalated\"")
                        .contains(FAMILY_NAME);
            }
            for (WebhookReceiver outsider : List.of(otherUnit, borderPost)) {
                assertThat(outsider.received()).isEmpty();
            }
            dutyOfficer.received().stream()
                    .filter(r -> alerts.stream().anyMatch(r.body()::contains))
                    .forEach(r -> assertNoPersonalData(r.body()));
            assertThat(jdbc.sql("""
                    select count(*) from notification.delivery d join notification.alert a using (alert_id)
                    join notification.subscription s using (subscription_id)
                    where a.registrant_id = :r and d.purpose = 'ISSUED' and s.unit is distinct from :unit""")
                            .param("r", registrant)
                            .param("unit", owningUnit)
                            .query(Integer.class)
                            .single())
                    .as("issued deliveries outside the owning unit")
                    .isZero();
        }
    }

    @Test
    void aLiftedRestrictionSendsAlertsToTheRulesRecipientsAgain() throws Exception {
        try (WebhookReceiver borderPost = WebhookReceiver.onFreePort()) {
            borderPost
                    .verifyingWith(subscribe("BORDER-" + post, null, borderPost).secret())
                    .start();
            registeredInCustodyAndRestricted();
            restrict(List.of(), Instant.now().plusSeconds(1));
            restrict(
                    List.of(owningUnit),
                    Instant.now().minusSeconds(60)); // an older change arriving late changes nothing
            await(
                    "restriction lifted",
                    Duration.ofSeconds(30),
                    () -> jdbc.sql("""
                    select count(*) from notification.received_event where subject = :r and event_type = :t""")
                                    .param("r", registrant.toString())
                                    .param("t", RegistrantEventTypes.RESTRICTION_CHANGED_V1)
                                    .query(Integer.class)
                                    .single()
                            == 3);

            producer.send(event(
                            Topics.TRAVEL,
                            registrant.toString(),
                            UUID.randomUUID(),
                            TravelEventTypes.BORDER_HIT_V1,
                            EventCodec.write(new BorderHitV1(
                                    UUID.randomUUID(), registrant, post, "KHM", "DEPARTURE", "STRONG", Instant.now()))))
                    .get();

            await(
                    "the border post's alerts",
                    Duration.ofSeconds(30),
                    () -> borderPost.verifiedContaining(registrant.toString()).size() == 2);
            assertThat(borderPost
                            .verifiedContaining(registrant.toString())
                            .getFirst()
                            .body())
                    .contains(FAMILY_NAME);
        }
    }

    @Test
    void deliveriesQueuedForAnAgencyThatWasDownAreWithheldWhenTheRecordIsRestricted() throws Exception {
        try (WebhookReceiver borderPost = WebhookReceiver.onFreePort()) {
            borderPost.verifyingWith(
                    subscribe("BORDER-" + post, null, borderPost).secret()); // down for now
            producer.send(event(
                            Topics.REGISTRANTS,
                            registrant.toString(),
                            UUID.randomUUID(),
                            RegistrantEventTypes.REGISTERED_V1,
                            state()))
                    .get();
            await(
                    "facts taken in",
                    Duration.ofSeconds(30),
                    () -> jdbc.sql("select count(*) from notification.registrant_fact where registrant_id = :r")
                                    .param("r", registrant)
                                    .query(Integer.class)
                                    .single()
                            == 1);
            producer.send(event(
                            Topics.TRAVEL,
                            registrant.toString(),
                            UUID.randomUUID(),
                            TravelEventTypes.BORDER_HIT_V1,
                            EventCodec.write(new BorderHitV1(
                                    UUID.randomUUID(), registrant, post, "KHM", "DEPARTURE", "STRONG", Instant.now()))))
                    .get();
            await(
                    "two deliveries failing",
                    Duration.ofSeconds(30),
                    () -> deliveryStates().size() == 2
                            && jdbc.sql("""
                    select count(*) from notification.delivery d join notification.alert a using (alert_id)
                    where a.registrant_id = :r and d.purpose = 'ISSUED' and d.attempts >= 1""")
                                            .param("r", registrant)
                                            .query(Integer.class)
                                            .single()
                                    == 2);

            restrict(List.of(owningUnit), Instant.now());

            await(
                    "both withheld",
                    Duration.ofSeconds(30),
                    () -> deliveryStates().equals(List.of("WITHHELD", "WITHHELD")));
            borderPost.start();
            Thread.sleep(1_500); // retries here are at most 1 s apart: a delivery still pending would have gone out
            assertThat(borderPost.received()).isEmpty();
            assertThat(deliveryStates()).containsOnly("WITHHELD");
        }
    }

    private List<String> deliveryStates() {
        return jdbc.sql("""
                select d.state from notification.delivery d join notification.alert a using (alert_id)
                where a.registrant_id = :r and d.purpose = 'ISSUED' order by d.state""").param("r", registrant).query(String.class).list();
    }

    private static void assertNoPersonalData(String body) {
        assertThat(body)
                .doesNotContain(FAMILY_NAME)
                .doesNotContain(GIVEN_NAMES)
                .doesNotContain("1971")
                .doesNotContain(DOCUMENT)
                .doesNotContain("FRA")
                .doesNotContain("IN_CUSTODY")
                .doesNotContain("rationale")
                .doesNotContain("\"reason\"")
                .doesNotContain("familyName");
    }

    private void registeredInCustodyAndRestricted() throws Exception {
        producer.send(event(
                        Topics.REGISTRANTS,
                        registrant.toString(),
                        UUID.randomUUID(),
                        RegistrantEventTypes.REGISTERED_V1,
                        state()))
                .get();
        restrict(List.of(owningUnit), Instant.now());
        await(
                "facts and restriction taken in",
                Duration.ofSeconds(30),
                () -> jdbc.sql("""
                select count(*) from notification.registrant_fact f join notification.record_restriction r using (registrant_id)
                where registrant_id = :r""").param("r", registrant).query(Integer.class).single() == 1);
    }

    private void restrict(List<String> units, Instant at) throws Exception {
        producer.send(event(
                        Topics.REGISTRANTS,
                        registrant.toString(),
                        UUID.randomUUID(),
                        RegistrantEventTypes.RESTRICTION_CHANGED_V1,
                        EventCodec.write(new RecordRestrictionChangedV1(registrant, units, "registry-admin", at))))
                .get();
    }

    private AdminClient.Created subscribe(String agency, String unit, WebhookReceiver receiver) throws Exception {
        return admin.subscribe("{\"agency\":\"" + agency + "\"," + (unit == null ? "" : "\"unit\":\"" + unit + "\",")
                + "\"url\":\"" + receiver.url() + "\",\"borderPosts\":[\"" + post + "\"]}");
    }

    private byte[] state() {
        return """
                {"registrantId":"%s","version":1,"familyName":"%s","givenNames":"%s","aliases":[],"sex":"MALE","dateOfBirth":"1971-03-09",
                 "nationalities":["FRA"],"documents":[{"type":"PASSPORT","number":"%s","issuingState":"FRA"}],"phoneNumbers":[],
                 "internetIdentifiers":[],"photoReferences":[],"biometricReferences":[],"convictions":[],"custodyStatus":"IN_CUSTODY",
                 "addresses":[],"changedAt":"2026-01-05T08:00:00Z"}
                """.formatted(registrant, FAMILY_NAME, GIVEN_NAMES, DOCUMENT).getBytes(StandardCharsets.UTF_8);
    }
}

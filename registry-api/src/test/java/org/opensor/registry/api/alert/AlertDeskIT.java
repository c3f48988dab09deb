package org.opensor.registry.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.console.ConsolePermissionIT;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 25, the alert desk: open alerts by deadline then severity (the API keeps newest first), and a cancelled
 * travel notice resolving the alerts raised about it, with the reason, in the cancelling transaction.
 */
@IntegrationTest
class AlertDeskIT extends WithTestAccounts {

    @Autowired
    AlertInbox inbox;

    @Test
    void theDeskShowsTheEarliestDeadlineFirstAndCriticalBeforeUrgentOnATie() {
        String recipient = "border-post:KHM:" + TestNames.unique().replace(" ", "");
        UUID registrant = UUID.fromString(registrant());
        Instant now = Instant.now();
        UUID routineLate =
                issue(registrant, recipient, "ROUTINE", now.plusSeconds(3600), now.plusSeconds(3), UUID.randomUUID());
        UUID urgentSoon =
                issue(registrant, recipient, "URGENT", now.plusSeconds(600), now.plusSeconds(2), UUID.randomUUID());
        UUID criticalSoon =
                issue(registrant, recipient, "CRITICAL", now.plusSeconds(600), now.plusSeconds(1), UUID.randomUUID());
        AlertFilter mine = new AlertFilter(null, null, null, recipient);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.list(mine, Viewer.OF_NO_UNIT, 0, 10).totalElements() == 3);

        assertThat(inbox.list(mine, Viewer.OF_NO_UNIT, 0, 10, AlertOrder.MOST_PRESSING_FIRST)
                        .items())
                .extracting(Alert::id)
                .containsExactly(criticalSoon, urgentSoon, routineLate);
        assertThat(inbox.list(mine, Viewer.OF_NO_UNIT, 0, 10).items())
                .as("the API's order is unchanged: newest first")
                .extracting(Alert::id)
                .containsExactly(routineLate, urgentSoon, criticalSoon);
    }

    @Test
    void cancellingATravelNoticeResolvesItsOpenAlertsWithTheReason() {
        String registrant = registrant();
        String notices = "/api/v1/registrants/" + registrant + "/travel-notices";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ApiClient.Reply declared = api.post(notices, "police", """
                {"departureDate":"%s","returnDate":"%s","departurePoint":"PNH","legs":[{"country":"THA","pointOfArrival":"BKK"}],
                 "purpose":"Visit relatives","documentType":"PASSPORT","documentNumber":"N1234567","addressAbroad":"12 Sukhumvit Soi 4, Bangkok",
                 "reason":"Declared at the district police station"}""".formatted(today.plusDays(30), today.plusDays(40)));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String noticeId = declared.json().get("id").asString();
        UUID declaredEvent = jdbc.sql(
                        "select event_id from registry.outbox_event where payload ->> 'noticeId' = :n order by position limit 1")
                .param("n", noticeId)
                .query(UUID.class)
                .single();
        String recipient = "border-post:THA:" + TestNames.unique().replace(" ", "");
        Instant now = Instant.now();
        UUID alertId =
                issue(UUID.fromString(registrant), recipient, "ROUTINE", now.plusSeconds(3600), now, declaredEvent);
        UUID unrelated =
                issue(UUID.fromString(registrant), recipient, "URGENT", now.plusSeconds(600), now, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> state(alertId) != null && state(unrelated) != null);

        ApiClient.Reply cancelled = api.post(notices + "/" + noticeId + "/cancellation", "police", """
                {"reason":"Trip called off by the registrant"}""");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        assertThat(state(alertId)).isEqualTo("ACKNOWLEDGED");
        assertThat(jdbc.sql(
                                "select acknowledged_by || ' / ' || acknowledgement_note from registry.alert where id = :id")
                        .param("id", alertId)
                        .query(String.class)
                        .single())
                .isEqualTo("police / Travel notice cancelled: Trip called off by the registrant");
        assertThat(state(unrelated))
                .as("an alert about something else stays open")
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from registry.outbox_event where event_key = :id and event_type = :type")
                        .param("id", alertId.toString())
                        .param("type", AlertEventTypes.ACKNOWLEDGED_V1)
                        .query(Long.class)
                        .single())
                .as("the worker is told, so escalation stops")
                .isOne();
    }

    /**
     * Issue 25: an alert the worker sent with its codes reads in Khmer on a Khmer desk, nothing on its row marked
     * English; an alert from before the codes keeps the worker's English, marked {@code lang="en"}.
     */
    @Test
    void aWordedAlertReadsInKhmerOnTheDeskAndAnOlderOneKeepsItsEnglishMarkedSo() throws Exception {
        UUID registrant = UUID.fromString(registrant());
        String recipient = "border-post:KHM:" + TestNames.unique().replace(" ", "");
        // The earliest deadlines of all: the desk, most pressing first, shows these two on its first page.
        Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");
        AlertIssuedV1.Wording wording = new AlertIssuedV1.Wording(
                AlertIssuedV1.Phrase.of("deportation-overdue", "dueBy", "2026-03-31"),
                List.of(AlertIssuedV1.Phrase.of(
                        "deportation-overdue", "dueBy", "2026-03-31", "orderReference", "DO-2026-7")));
        UUID worded = issue(registrant, recipient, "DEPORTATION_OVERDUE", longAgo, longAgo, UUID.randomUUID(), wording);
        UUID older = issue(registrant, recipient, "DEPORTATION_OVERDUE", longAgo, longAgo, UUID.randomUUID(), null);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(worded) != null && state(older) != null);
        ConsolePermissionIT.Session officer = ConsolePermissionIT.Session.signIn(port, "border", TestAccounts.PASSWORD);
        officer.statePurpose();

        officer.speak("km");
        String page;
        try {
            page = officer.get("/console/alerts?type=DEPORTATION_OVERDUE").body();
        } finally {
            officer.speak("en");
        }

        Element khmerRow = Jsoup.parse(page).getElementById("alert-" + worded);
        Element olderRow = Jsoup.parse(page).getElementById("alert-" + older);
        assertThat(khmerRow).as("the worded alert's row").isNotNull();
        assertThat(khmerRow.select(".registry-alert__reason").text())
                .startsWith("ការបណ្តេញចេញហួសកាលកំណត់៖ មិនឃើញចាកចេញត្រឹមថ្ងៃ")
                .doesNotContain("2026-03-31");
        assertThat(khmerRow.select(".registry-alert__why").text())
                .contains("DO-2026-7")
                .contains("ស្វែងរកបុគ្គលនេះ");
        assertThat(khmerRow.select("[lang=en]")).as("English on the Khmer row").isEmpty();
        assertThat(khmerRow.select(".registry-alert__subject").text())
                .as("the subject's documents by their Khmer kind")
                .contains("លិខិតឆ្លងដែន N")
                .doesNotContain("Passport");
        assertThat(olderRow).as("the older alert's row").isNotNull();
        assertThat(olderRow.select(".registry-alert__reason").attr("lang")).isEqualTo("en");
        assertThat(olderRow.select(".registry-alert__reason").text()).isEqualTo("Declared trip to BKK");
    }

    private String state(UUID alertId) {
        return jdbc.sql("select state from registry.alert where id = :id")
                .param("id", alertId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static UUID issue(
            UUID registrant, String recipient, String severity, Instant deadline, Instant issuedAt, UUID sourceEvent) {
        return issue(registrant, recipient, severity, deadline, issuedAt, sourceEvent, "TRAVEL_NOTICE", null);
    }

    private static UUID issue(
            UUID registrant,
            String recipient,
            String type,
            Instant deadline,
            Instant issuedAt,
            UUID sourceEvent,
            AlertIssuedV1.Wording wording) {
        return issue(registrant, recipient, "URGENT", deadline, issuedAt, sourceEvent, type, wording);
    }

    private static UUID issue(
            UUID registrant,
            String recipient,
            String severity,
            Instant deadline,
            Instant issuedAt,
            UUID sourceEvent,
            String type,
            AlertIssuedV1.Wording wording) {
        UUID alertId = UUID.randomUUID();
        AlertIssuedV1 issued = new AlertIssuedV1(
                alertId,
                type,
                severity,
                registrant,
                List.of(recipient),
                "Declared trip to BKK",
                "The registrant declared a trip",
                "travel-notice",
                sourceEvent,
                deadline,
                issuedAt,
                wording);
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays the worker
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.ALERTS, alertId.toString(), EventCodec.write(issued));
            record.headers()
                    .add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, AlertEventTypes.ISSUED_V1.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not publish", e);
        }
        return alertId;
    }

    private String registrant() {
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named("DESK", "Vuthy " + TestNames.unique())
                        .bornOn("1969-04-02")
                        .nationalities("KHM")
                        .passport("N" + (10_000_000 + new java.util.Random().nextInt(89_999_999)), "KHM")
                        .json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}

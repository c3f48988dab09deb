package org.opensor.registry.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertAcknowledgedV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.testservices.TestServices;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 item 6 as a border officer would try it: an alert the worker issues on {@code registry.alerts.v1} shows up
 * in the inbox and on the live stream, with identity and documents but no conviction detail; acknowledging it sends
 * {@link AlertAcknowledgedV1} back to the worker; a second acknowledgement is refused; a redelivered event changes nothing;
 * a malformed event is parked on the dead-letter topic and the next one flows on; opening the stream is audited.
 */
@IntegrationTest
class AlertInboxIT extends WithTestAccounts {

    private static final String PURPOSE = "CASE-2026-0099 border alert handling";

    @Test
    void anIssuedAlertReachesTheInboxAndTheStreamAndItsAcknowledgementReachesTheWorker() throws Exception {
        String registrantId = registrantWithConviction();
        UUID alertId = UUID.randomUUID();
        String recipient = "border-post:THA:" + TestNames.unique().replace(" ", "");

        BlockingQueue<String> streamed = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/alerts/stream"))
                                .header("Authorization", basic("border"))
                                .header("X-Purpose", PURPOSE)
                                .header("Accept", "text/event-stream")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread.ofVirtual().start(() -> {
            try {
                stream.body().forEach(streamed::add);
            } catch (java.io.UncheckedIOException closedByTheTest) {
                // the test closes the stream when it is done
            }
        });
        awaitLine(streamed, "event:", "ready");

        UUID eventId = UUID.randomUUID();
        AlertIssuedV1 issued = new AlertIssuedV1(
                alertId,
                "UNDECLARED_TRAVEL",
                "URGENT",
                UUID.fromString(registrantId),
                List.of(recipient, "liaison:THA"),
                "Border hit at BKK without a travel notice",
                "Registrant crossed without declaring the trip",
                "undeclared-travel",
                UUID.randomUUID(),
                Instant.now().plusSeconds(600),
                Instant.now());
        UUID malformedKey = UUID.randomUUID();
        publish(
                UUID.randomUUID(),
                "org.opensor.registry.alert.unheard-of.v1",
                malformedKey,
                issued); // to the dead-letter topic
        publish(eventId, AlertEventTypes.ISSUED_V1, alertId, issued);
        publish(eventId, AlertEventTypes.ISSUED_V1, alertId, issued); // redelivered: taken in once

        JsonNode mine = awaitInbox(recipient);
        assertThat(mine.get("id").asString()).isEqualTo(alertId.toString());
        assertThat(mine.get("state").asString()).isEqualTo("OPEN");
        assertThat(mine.get("severity").asString()).isEqualTo("URGENT");
        assertThat(mine.get("subject").get("familyName").asString()).isEqualTo("CHAN");
        assertThat(mine.get("subject").get("documents").get(0).get("type").asString())
                .isEqualTo("PASSPORT");
        assertThat(mine.toString())
                .doesNotContain("conviction")
                .doesNotContain("Phnom Penh Municipal Court")
                .doesNotContain("123/2025");
        String line = awaitLine(streamed, "data:", alertId.toString());
        assertThat(line).startsWith("data:").doesNotContain("Phnom Penh Municipal Court");

        assertThat(api.get("/api/v1/alerts?recipient=" + recipient, "border", null)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/alerts?recipient=" + recipient, "clerk", PURPOSE)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/alerts?state=ACKNOWLEDGED&recipient=" + recipient, "police", PURPOSE)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();

        ApiClient.Reply acknowledged = api.post("/api/v1/alerts/" + alertId + "/acknowledgement", "border", """
                {"note":"Officer sent to gate 4"}""");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.json().get("acknowledgedBy").asString()).isEqualTo("border");
        awaitLine(streamed, "id:", alertId + ":ACKNOWLEDGED");

        ApiClient.Reply twice = api.post("/api/v1/alerts/" + alertId + "/acknowledgement", "police", "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");

        try (RegistrantEvents events = new RegistrantEvents(Topics.ALERTS)) {
            var ack = events.await(
                    r -> alertId.toString().equals(r.key())
                            && AlertEventTypes.ACKNOWLEDGED_V1.equals(
                                    RegistrantEvents.header(r, CloudEventHeaders.TYPE)),
                    Duration.ofSeconds(30));
            AlertAcknowledgedV1 payload = EventCodec.read(ack.value(), AlertAcknowledgedV1.class);
            assertThat(payload.alertId()).isEqualTo(alertId);
            assertThat(payload.acknowledgedBy()).isEqualTo("border");
            assertThat(payload.note()).isEqualTo("Officer sent to gate 4");
            assertThat(events.seen().stream()
                            .filter(r -> alertId.toString().equals(r.key())
                                    && AlertEventTypes.ACKNOWLEDGED_V1.equals(
                                            RegistrantEvents.header(r, CloudEventHeaders.TYPE))))
                    .hasSize(1);
        }
        try (RegistrantEvents deadLetters = new RegistrantEvents(Topics.deadLetter(Topics.ALERTS))) {
            var parked = deadLetters.await(r -> malformedKey.toString().equals(r.key()), Duration.ofSeconds(30));
            assertThat(RegistrantEvents.header(parked, CloudEventHeaders.DEAD_LETTER_REASON))
                    .contains("unknown event type");
        }
        assertThat(jdbc.sql(
                                "select count(*) from registry.audit_event where actor = 'border' and action = 'GET /api/v1/alerts/stream'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from registry.alert where id = :id")
                        .param("id", alertId)
                        .query(Long.class)
                        .single())
                .isOne();
        stream.body().close();
    }

    private JsonNode awaitInbox(String recipient) {
        ApiClient.Reply reply = await("the alert reaches the inbox")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get(
                                "/api/v1/alerts?type=UNDECLARED_TRAVEL&recipient=" + recipient, "border", PURPOSE),
                        r -> r.status() != 200 || r.json().get("totalElements").asLong() > 0);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("totalElements").asLong()).isOne();
        return reply.json().get("items").get(0);
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix, String containing)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix) && line.contains(containing)) {
                return line;
            }
        }
        throw new AssertionError("nothing containing " + containing + " on the stream");
    }

    private static void publish(UUID eventId, String type, UUID alertId, Object payload) {
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.ALERTS, alertId.toString(), EventCodec.write(payload));
            record.headers().add(CloudEventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not publish", e);
        }
    }

    private String registrantWithConviction() {
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named("CHAN", "Vuthy " + TestNames.unique())
                        .bornOn("1969-04-02")
                        .nationalities("KHM")
                        .passport("N" + (10_000_000 + (long) (Math.random() * 89_999_999)), "KHM", "2031-01-31")
                        .json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiClient.Reply convicted = api.post("/api/v1/registrants/" + id + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"123/2025","judgmentDate":"2025-06-02","offenceId":"KHM-2008-43",
                 "victimMinor":true,"country":"KHM","sentenceMonths":36}""");
        assertThat(convicted.status()).as(convicted.body()).isEqualTo(201);
        return id;
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}

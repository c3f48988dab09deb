package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.notification.delivery.WebhookVerifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administration API: who may use it, what it refuses and how, and secret rotation end to end. */
class AdminApiIT extends WorkerITSupport {

    @LocalServerPort
    int port;

    @Test
    void onlyTheAdministratorGetsInAndHealthStaysPublic() throws Exception {
        HttpResponse<String> anonymous =
                new AdminClient(port, null, null).send("GET", "/api/v1/subscriptions", null, null);
        HttpResponse<String> wrong =
                new AdminClient(port, "registry-admin", "wrong").send("GET", "/api/v1/subscriptions", null, null);
        HttpResponse<String> health =
                new AdminClient(port, null, null).send("GET", "/actuator/health/liveness", null, null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void anInvalidSubscriptionIsRefusedNamingTheField() throws Exception {
        AdminClient admin = new AdminClient(port, "registry-admin", ADMIN_PASSWORD);

        HttpResponse<String> badCountry = admin.send(
                "POST",
                "/api/v1/subscriptions",
                "{\"agency\":\"X\",\"url\":\"https://example.org/hook\",\"countries\":[\"tha\"]}",
                null);
        HttpResponse<String> badUrl =
                admin.send("POST", "/api/v1/subscriptions", "{\"agency\":\"X\",\"url\":\"ftp://example.org\"}", null);

        assertThat(badCountry.statusCode()).isEqualTo(400);
        assertThat(badCountry.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(badCountry.body()).contains("countries");
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.body()).contains("\"field\":\"url\"");
    }

    @Test
    void aPlaintextReceiverIsRefusedOnCreateAndOnUpdateNamingTheFieldAndTheRule() throws Exception {
        AdminClient admin = new AdminClient(port, "registry-admin", ADMIN_PASSWORD);

        HttpResponse<String> created = admin.send(
                "POST",
                "/api/v1/subscriptions",
                "{\"agency\":\"PLAIN\",\"url\":\"http://alerts.example.org/hook\",\"borderPosts\":[\"BP-1\"]}",
                null);
        AdminClient.Created https = admin.subscribe(
                "{\"agency\":\"PLAIN\",\"url\":\"https://alerts.example.org/hook\",\"borderPosts\":[\"BP-1\"]}");
        HttpResponse<String> updated = admin.send(
                "PUT",
                "/api/v1/subscriptions/" + https.id(),
                "{\"url\":\"HTTP://alerts.example.org/hook\",\"borderPosts\":[\"BP-1\"],\"active\":true}",
                https.etag());

        for (HttpResponse<String> refused : List.of(created, updated)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("content-type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("\"field\":\"url\"").contains("must use https");
        }
        assertThat(admin.send("GET", "/api/v1/subscriptions/" + https.id(), null, null)
                        .body())
                .contains("https://alerts.example.org/hook");
    }

    @Test
    void theSecretIsShownOnceAndDuringARotationBothSecretsSign() throws Exception {
        AdminClient admin = new AdminClient(port, "registry-admin", ADMIN_PASSWORD);
        String post = "ROT" + UUID.randomUUID().toString().substring(0, 8);
        try (WebhookReceiver oldSide = WebhookReceiver.onFreePort();
                KafkaProducer<String, byte[]> producer = producer()) {
            AdminClient.Created created = admin.subscribe(
                    "{\"agency\":\"ROT\",\"url\":\"" + oldSide.url() + "\",\"borderPosts\":[\"" + post + "\"]}");
            assertThat(created.secret()).startsWith("whsec_");
            HttpResponse<String> read = admin.send("GET", "/api/v1/subscriptions/" + created.id(), null, null);
            assertThat(read.body())
                    .doesNotContain(created.secret().substring(6))
                    .doesNotContain("whsec_");
            assertThat(admin.send("GET", "/api/v1/subscriptions?size=200", null, null)
                            .body())
                    .doesNotContain("whsec_");
            assertThat(admin.send("POST", "/api/v1/subscriptions/" + created.id() + "/secret-rotations", null, null)
                            .statusCode())
                    .as("If-Match required")
                    .isEqualTo(400);
            assertThat(admin.send("POST", "/api/v1/subscriptions/" + created.id() + "/secret-rotations", null, "\"99\"")
                            .statusCode())
                    .as("stale version")
                    .isEqualTo(412);

            HttpResponse<String> rotated = admin.send(
                    "POST", "/api/v1/subscriptions/" + created.id() + "/secret-rotations", null, created.etag());
            assertThat(rotated.statusCode()).isEqualTo(201);
            String newSecret = AdminClient.JSON
                    .readTree(rotated.body())
                    .get("signingSecret")
                    .asString();
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(created.secret());

            oldSide.verifyingWith(created.secret()).start();
            UUID registrant = UUID.randomUUID();
            TravelNoticeDeclaredV1 notice = new TravelNoticeDeclaredV1(
                    UUID.randomUUID(),
                    registrant,
                    LocalDate.now().plusDays(30),
                    null,
                    null,
                    List.of(new TravelNoticeDeclaredV1.Leg("XRT", post, null, null)),
                    "work",
                    "PASSPORT",
                    "N1",
                    null,
                    false,
                    Instant.now());
            producer.send(event(
                            Topics.TRAVEL,
                            registrant.toString(),
                            UUID.randomUUID(),
                            TravelEventTypes.NOTICE_DECLARED_V1,
                            EventCodec.write(notice)))
                    .get();

            await(
                    "webhook",
                    Duration.ofSeconds(30),
                    () -> !oldSide.verifiedContaining(registrant.toString()).isEmpty());
            WebhookReceiver.Received received =
                    oldSide.verifiedContaining(registrant.toString()).getFirst();
            assertThat(received.signature().split(" ")).hasSize(2);
            new WebhookVerifier(newSecret)
                    .verify(
                            java.util.Map.of(
                                    "webhook-id",
                                    List.of(received.webhookId()),
                                    "webhook-timestamp",
                                    List.of(received.timestamp()),
                                    "webhook-signature",
                                    List.of(received.signature())),
                            received.body());
        }
    }
}

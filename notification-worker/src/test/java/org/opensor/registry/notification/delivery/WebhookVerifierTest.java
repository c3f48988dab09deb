package org.opensor.registry.notification.delivery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensor.registry.notification.delivery.WebhookSignerTest.SPEC_MSG_ID;
import static org.opensor.registry.notification.delivery.WebhookSignerTest.SPEC_PAYLOAD;
import static org.opensor.registry.notification.delivery.WebhookSignerTest.SPEC_SECRET;
import static org.opensor.registry.notification.delivery.WebhookSignerTest.SPEC_SIGNATURE;
import static org.opensor.registry.notification.delivery.WebhookSignerTest.SPEC_TIMESTAMP;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receiver side, with the cases of the Standard Webhooks libraries' verification tests. */
class WebhookVerifierTest {

    private final Clock atSpecTime = Clock.fixed(Instant.ofEpochSecond(SPEC_TIMESTAMP), ZoneOffset.UTC);
    private final WebhookVerifier verifier =
            new WebhookVerifier(List.of(SPEC_SECRET), Duration.ofMinutes(5), atSpecTime);

    @Test
    void acceptsThePublishedVectorAtItsTime() {
        assertThatCode(() -> verifier.verify(headers(SPEC_SIGNATURE), SPEC_PAYLOAD))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsOneValidSignatureAmongOthersAndHeaderNamesInAnyCase() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Webhook-Id", List.of(SPEC_MSG_ID));
        headers.put("WEBHOOK-TIMESTAMP", List.of(Long.toString(SPEC_TIMESTAMP)));
        headers.put(
                "webhook-SIGNATURE",
                List.of(
                        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                                + SPEC_SIGNATURE + " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="));

        assertThatCode(() -> verifier.verify(headers, SPEC_PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void acceptsThePreviousSecretDuringARotation() {
        WebhookVerifier rotating = new WebhookVerifier(
                List.of("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), SPEC_SECRET),
                Duration.ofMinutes(5),
                atSpecTime);

        assertThatCode(() -> rotating.verify(headers(SPEC_SIGNATURE), SPEC_PAYLOAD))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAWrongVersionGarbageOrATamperedBody() {
        assertThatThrownBy(
                        () -> verifier.verify(headers("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), SPEC_PAYLOAD))
                .isInstanceOf(WebhookVerifier.InvalidWebhook.class);
        assertThatThrownBy(() -> verifier.verify(headers("invalid_signature"), SPEC_PAYLOAD))
                .isInstanceOf(WebhookVerifier.InvalidWebhook.class);
        assertThatThrownBy(() -> verifier.verify(headers("v1,invalid_signature"), SPEC_PAYLOAD))
                .isInstanceOf(WebhookVerifier.InvalidWebhook.class);
        assertThatThrownBy(() -> verifier.verify(headers(SPEC_SIGNATURE), "{\"test\": 2432232315}"))
                .isInstanceOf(WebhookVerifier.InvalidWebhook.class);
    }

    @Test
    void refusesMissingHeaders() {
        for (String missing : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            Map<String, List<String>> headers = headers(SPEC_SIGNATURE);
            headers.remove(missing);
            assertThatThrownBy(() -> verifier.verify(headers, SPEC_PAYLOAD))
                    .as(missing)
                    .isInstanceOf(WebhookVerifier.InvalidWebhook.class)
                    .hasMessageContaining(missing);
        }
    }

    @Test
    void refusesATimestampOutsideFiveMinutesEitherWay() {
        Clock later = Clock.offset(atSpecTime, Duration.ofMinutes(5).plusSeconds(1));
        Clock earlier = Clock.offset(atSpecTime, Duration.ofMinutes(-5).minusSeconds(1));

        assertThatThrownBy(() -> new WebhookVerifier(List.of(SPEC_SECRET), Duration.ofMinutes(5), later)
                        .verify(headers(SPEC_SIGNATURE), SPEC_PAYLOAD))
                .hasMessageContaining("too old");
        assertThatThrownBy(() -> new WebhookVerifier(List.of(SPEC_SECRET), Duration.ofMinutes(5), earlier)
                        .verify(headers(SPEC_SIGNATURE), SPEC_PAYLOAD))
                .hasMessageContaining("too new");
    }

    @Test
    void refusesAnEmptySecretOnConstruction() {
        assertThatThrownBy(() -> new WebhookVerifier("whsec_")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, List<String>> headers(String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("webhook-id", List.of(SPEC_MSG_ID));
        headers.put("webhook-timestamp", List.of(Long.toString(SPEC_TIMESTAMP)));
        headers.put("webhook-signature", List.of(signature));
        return headers;
    }
}

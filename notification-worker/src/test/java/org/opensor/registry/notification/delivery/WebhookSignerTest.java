package org.opensor.registry.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signature must be the one the Standard Webhooks libraries compute. The vector below is the published one:
 * the "sign function works" test of standard-webhooks/standard-webhooks (libraries/javascript/src/webhook.test.ts,
 * libraries/java/src/test/java/com/standardwebhooks/TestScenario.java, same values in the Go, PHP and C# tests),
 * spec/standard-webhooks.md "Signature scheme".
 */
class WebhookSignerTest {

    static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String SPEC_MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long SPEC_TIMESTAMP = 1614265330L;
    static final String SPEC_PAYLOAD = "{\"test\": 2432232314}";
    static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsThePublishedVectorExactly() {
        assertThat(WebhookSigner.sign(SPEC_MSG_ID, SPEC_TIMESTAMP, SPEC_PAYLOAD, SPEC_SECRET))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void aSecretWithoutItsPrefixSignsTheSame() {
        assertThat(WebhookSigner.sign(
                        SPEC_MSG_ID, SPEC_TIMESTAMP, SPEC_PAYLOAD, SPEC_SECRET.substring("whsec_".length())))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparated() {
        String other = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

        String header =
                WebhookSigner.signatureHeader(SPEC_MSG_ID, SPEC_TIMESTAMP, SPEC_PAYLOAD, List.of(SPEC_SECRET, other));

        assertThat(header.split(" ")).hasSize(2).startsWith(SPEC_SIGNATURE);
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        assertThat(WebhookSigner.sign("msg_other", SPEC_TIMESTAMP, SPEC_PAYLOAD, SPEC_SECRET))
                .isNotEqualTo(SPEC_SIGNATURE);
        assertThat(WebhookSigner.sign(SPEC_MSG_ID, SPEC_TIMESTAMP + 1, SPEC_PAYLOAD, SPEC_SECRET))
                .isNotEqualTo(SPEC_SIGNATURE);
        assertThat(WebhookSigner.sign(SPEC_MSG_ID, SPEC_TIMESTAMP, SPEC_PAYLOAD + " ", SPEC_SECRET))
                .isNotEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThatThrownBy(() -> WebhookSigner.sign(SPEC_MSG_ID, SPEC_TIMESTAMP, SPEC_PAYLOAD, "whsec_"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Optional: when the shared copy of the vectors is present, every vector in it must match too. */
    @Test
    void signsEveryVectorOfTheSharedFileWhenItIsThere() {
        Path file = Path.of(System.getProperty("user.dir"))
                .resolve("../../shared/data/webhooks/standard_webhooks_vectors.json")
                .normalize();
        assumeTrue(Files.isRegularFile(file), "no shared vectors file at " + file);

        JsonNode vectors = JsonMapper.builder().build().readTree(file.toFile()).get("sign_vectors");

        assertThat(vectors.size()).isPositive();
        for (JsonNode v : vectors) {
            assertThat(WebhookSigner.sign(
                            v.get("msg_id").asString(),
                            v.get("timestamp").asLong(),
                            v.get("payload").asString(),
                            v.get("secret").asString()))
                    .isEqualTo(v.get("expected_signature").asString());
        }
    }
}

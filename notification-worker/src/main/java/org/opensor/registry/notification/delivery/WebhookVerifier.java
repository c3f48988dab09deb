package org.opensor.registry.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a receiving agency runs to check that a webhook came from the registry and was not replayed (Standard
 * Webhooks verification). Plain Java, no dependency: copy it. See {@code notification-worker/WEBHOOKS.md}.
 * <ol>
 *   <li>all three headers must be there ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}, any case);</li>
 *   <li>the timestamp must be within the tolerance of now (default 5 minutes) both ways;</li>
 *   <li>one of the space-separated {@code v1,} signatures must equal the HMAC of id.timestamp.body under one of
 *       the secrets, compared in constant time.</li>
 * </ol>
 * Use the body exactly as received (bytes to UTF-8 string), never re-serialised JSON.
 */
public final class WebhookVerifier {

    private final List<String> secrets;
    private final Duration tolerance;
    private final Clock clock;

    /** @param secrets the agency's current secret, and the previous one during a rotation ({@code whsec_...}) */
    public WebhookVerifier(List<String> secrets, Duration tolerance, Clock clock) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed");
        }
        secrets.forEach(WebhookSigner::key); // fails early on an empty or broken secret
        this.secrets = List.copyOf(secrets);
        this.tolerance = Objects.requireNonNull(tolerance);
        this.clock = Objects.requireNonNull(clock);
    }

    public WebhookVerifier(String secret) {
        this(List.of(secret), Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** Why a webhook was refused. */
    public static final class InvalidWebhook extends Exception {
        public InvalidWebhook(String reason) {
            super(reason);
        }
    }

    /**
     * @param headers the request headers (names in any case; a multi-valued header contributes its first value)
     * @param body    the request body exactly as received
     * @throws InvalidWebhook when the webhook must be refused
     */
    public void verify(Map<String, ? extends List<String>> headers, String body) throws InvalidWebhook {
        String id = header(headers, "webhook-id");
        String timestamp = header(headers, "webhook-timestamp");
        String signatures = header(headers, "webhook-signature");
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new InvalidWebhook("webhook-timestamp is not a whole number of seconds");
        }
        long now = clock.instant().getEpochSecond();
        if (seconds < now - tolerance.toSeconds()) {
            throw new InvalidWebhook("webhook-timestamp is too old");
        }
        if (seconds > now + tolerance.toSeconds()) {
            throw new InvalidWebhook("webhook-timestamp is too new");
        }
        for (String secret : secrets) {
            byte[] expected = WebhookSigner.sign(id, seconds, body, secret).getBytes(StandardCharsets.UTF_8);
            for (String candidate : signatures.split(" ")) {
                if (candidate.startsWith("v1,")
                        && MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                    return;
                }
            }
        }
        throw new InvalidWebhook("no matching v1 signature");
    }

    private static String header(Map<String, ? extends List<String>> headers, String name) throws InvalidWebhook {
        for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
            if (header.getKey() != null
                    && header.getKey().toLowerCase(Locale.ROOT).equals(name)
                    && header.getValue() != null
                    && !header.getValue().isEmpty()) {
                return header.getValue().getFirst();
            }
        }
        throw new InvalidWebhook("missing header " + name);
    }
}

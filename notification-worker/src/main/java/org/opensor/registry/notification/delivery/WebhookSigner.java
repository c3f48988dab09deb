package org.opensor.registry.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook as the Standard Webhooks specification says (spec/standard-webhooks.md, "Signature scheme"):
 * HMAC-SHA256 over {@code webhook-id + "." + webhook-timestamp + "." + body}, keyed with the base64-decoded part
 * of a {@code whsec_} secret, written {@code v1,<base64>}; several signatures are separated by spaces.
 */
public final class WebhookSigner {

    private WebhookSigner() {}

    /** The {@code webhook-signature} header value: one {@code v1,} signature per secret. */
    public static String signatureHeader(String webhookId, long timestamp, String body, List<String> secrets) {
        return secrets.stream()
                .map(secret -> sign(webhookId, timestamp, body, secret))
                .collect(Collectors.joining(" "));
    }

    /** One {@code v1,<base64>} signature. */
    public static String sign(String webhookId, long timestamp, String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The key bytes of a secret given with or without the {@code whsec_} prefix. */
    static byte[] key(String secret) {
        String base64 = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length == 0) {
            throw new IllegalArgumentException("the signing secret is empty");
        }
        return key;
    }
}

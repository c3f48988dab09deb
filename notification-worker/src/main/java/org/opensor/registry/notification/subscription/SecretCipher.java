package org.opensor.registry.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook signing secrets at rest with AES-256-GCM (random 96-bit nonce per value), so that a copy of
 * the database alone cannot forge alerts. Stored form: {@code v1:<base64(nonce || ciphertext+tag)>}.
 */
final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    /** @param base64Key base64 of 32 random bytes; null or blank means no key is configured */
    SecretCipher(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length != 32) {
            throw new IllegalArgumentException(
                    "registry.notification.secrets.encryption-key must be base64 of 32 bytes, was " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    boolean configured() {
        return key != null;
    }

    String encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a signing secret", e);
        }
    }

    String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown signing secret format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot decrypt a signing secret: wrong registry.notification.secrets.encryption-key?", e);
        }
    }

    private SecretKeySpec requireKey() {
        if (key == null) {
            throw new SecretsNotConfigured();
        }
        return key;
    }

    /** No encryption key is configured: subscriptions can be neither created nor signed for. */
    static final class SecretsNotConfigured extends IllegalStateException {
        SecretsNotConfigured() {
            super("registry.notification.secrets.encryption-key (NOTIFICATION_SECRET_KEY) is not set");
        }
    }
}

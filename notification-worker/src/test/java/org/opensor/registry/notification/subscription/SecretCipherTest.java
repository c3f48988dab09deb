package org.opensor.registry.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final SecretCipher cipher = new SecretCipher(randomKey());

    @Test
    void storesNeitherTheSecretNorTheSameCiphertextTwice() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        String first = cipher.encrypt(secret);
        String second = cipher.encrypt(secret);

        assertThat(first).doesNotContain("MfKQ9r8").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo(secret);
        assertThat(cipher.decrypt(second)).isEqualTo(secret);
    }

    @Test
    void anotherKeyCannotReadIt() {
        String stored = cipher.encrypt("whsec_abc");

        assertThatThrownBy(() -> new SecretCipher(randomKey()).decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsEncryptedAndAShortKeyIsRefused() {
        assertThat(new SecretCipher("").configured()).isFalse();
        assertThatThrownBy(() -> new SecretCipher(null).encrypt("whsec_abc"))
                .isInstanceOf(SecretCipher.SecretsNotConfigured.class);
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

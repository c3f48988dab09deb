package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {

    /** Counts how often the expensive check really runs; "hash" is the password reversed. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return new StringBuilder(raw).reverse().toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encode(raw).equals(encoded);
        }
    }

    private final CountingEncoder bcrypt = new CountingEncoder();
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aVerifiedPasswordIsNotCheckedAgainUntilTheEntryExpires() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(bcrypt, Duration.ofMinutes(5), clock);
        String hash = bcrypt.encode("right-password");

        assertThat(cache.matches("right-password", hash)).isTrue();
        assertThat(cache.matches("right-password", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);
        now = now.plus(Duration.ofMinutes(6));
        assertThat(cache.matches("right-password", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAlwaysPayTheFullCheckAndNeverMatch() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(bcrypt, Duration.ofMinutes(5), clock);
        String hash = bcrypt.encode("right-password");
        cache.matches("right-password", hash);

        assertThat(cache.matches("wrong-password", hash)).isFalse();
        assertThat(cache.matches("wrong-password", hash)).isFalse();
        assertThat(bcrypt.checks).hasValue(3);
    }

    @Test
    void aNewPasswordHashMissesTheCache() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(bcrypt, Duration.ofMinutes(5), clock);
        cache.matches("old-password", bcrypt.encode("old-password"));

        assertThat(cache.matches("old-password", bcrypt.encode("new-password"))).isFalse();
    }

    @Test
    void aZeroLifetimeTurnsTheCacheOff() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(bcrypt, Duration.ZERO, clock);
        String hash = bcrypt.encode("right-password");
        cache.matches("right-password", hash);
        cache.matches("right-password", hash);

        assertThat(bcrypt.checks).hasValue(2);
    }
}

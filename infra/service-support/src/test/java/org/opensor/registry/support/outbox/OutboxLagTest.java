package org.opensor.registry.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxLagTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OutboxLag lag = OutboxLag.registeredIn(meters, clock);

    @Test
    void anUnpublishedEventAgesUntilTheRelayDrainsTheOutbox() {
        assertThat(gauge()).isZero();

        lag.oldestUnpublished(NOW.minusSeconds(5));
        clock.advance(Duration.ofSeconds(90));
        assertThat(gauge()).isEqualTo(95.0);

        lag.drained();
        assertThat(gauge()).isZero();
    }

    @Test
    void theGaugeIsTheOneTheOutboxLagAlertReadsInSeconds() {
        assertThat(meters.get("registry.outbox.oldest.unpublished.age")
                        .gauge()
                        .getId()
                        .getBaseUnit())
                .isEqualTo("seconds");
    }

    private double gauge() {
        return meters.get("registry.outbox.oldest.unpublished.age").gauge().value();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
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
    }
}

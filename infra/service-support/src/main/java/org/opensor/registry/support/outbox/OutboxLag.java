package org.opensor.registry.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the oldest event the relay has seen unpublished has waited ({@code registry.outbox.oldest.unpublished.age},
 * seconds; the OpenSorOutboxLag alert): zero once the relay finds the outbox empty. The relay reads the oldest row in
 * every round anyway, so the gauge costs no query of its own; an instance that does not hold the relay's lock reports 0.
 */
final class OutboxLag {

    static final String METER = "registry.outbox.oldest.unpublished.age";

    private final Clock clock;
    private volatile Instant oldest;

    private OutboxLag(Clock clock) {
        this.clock = clock;
    }

    static OutboxLag registeredIn(MeterRegistry registry, Clock clock) {
        OutboxLag lag = new OutboxLag(clock);
        Gauge.builder(METER, lag, OutboxLag::seconds)
                .baseUnit("seconds")
                .description("Age of the oldest outbox event not yet acknowledged by Kafka")
                .register(registry);
        return lag;
    }

    /** Without a meter registry (a service without actuator metrics): tracked, not exported. */
    static OutboxLag unregistered(Clock clock) {
        return new OutboxLag(clock);
    }

    void oldestUnpublished(Instant occurredAt) {
        oldest = occurredAt;
    }

    void drained() {
        oldest = null;
    }

    double seconds() {
        Instant since = oldest;
        return since == null
                ? 0
                : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }
}

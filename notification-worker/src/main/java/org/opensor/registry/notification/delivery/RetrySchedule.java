package org.opensor.registry.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential back-off (first retry, doubling, capped) with "equal jitter"
 * (half the delay fixed, half random) so that receivers coming back are not hit by every sender at once. A
 * delivery is retried until its give-up time (created or replayed + retry-for, at least 24 hours), then it goes
 * to the dead-letter list.
 */
final class RetrySchedule {

    private final Duration first;
    private final Duration max;
    private final RandomGenerator random;

    RetrySchedule(Duration first, Duration max, RandomGenerator random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** Delay after the given failed attempt (1 for the first attempt). */
    Duration delayAfter(int attempt) {
        long cap = max.toMillis();
        long exponential = first.toMillis();
        for (int i = 1; i < attempt && exponential < cap; i++) {
            exponential *= 2;
        }
        long delay = Math.min(exponential, cap);
        long half = delay / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    /** @return the next attempt time, or null when the delivery should go to the dead-letter list */
    Instant next(int failedAttempt, Instant now, Instant giveUpAt) {
        if (!now.isBefore(giveUpAt)) {
            return null;
        }
        Instant next = now.plus(delayAfter(failedAttempt));
        // The last attempt happens at the give-up time, so retries span the whole period.
        return next.isAfter(giveUpAt) ? giveUpAt : next;
    }
}

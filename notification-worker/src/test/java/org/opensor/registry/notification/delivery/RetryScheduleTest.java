package org.opensor.registry.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), RandomGenerator.getDefault());

    @RepeatedTest(20)
    void delaysDoubleWithJitterBetweenHalfAndAllOfTheStepAndStopGrowingAtTheCap() {
        for (int attempt = 1; attempt <= 40; attempt++) {
            long step = Math.min(5_000L << Math.min(attempt - 1, 30), 3_600_000L);
            assertThat(schedule.delayAfter(attempt).toMillis())
                    .as("attempt " + attempt)
                    .isBetween(step / 2, step);
        }
    }

    @Test
    void jitterSpreadsRetriesOfManyDeliveries() {
        assertThat(java.util.stream.IntStream.range(0, 50)
                        .mapToObj(i -> schedule.delayAfter(6))
                        .distinct()
                        .count())
                .isGreaterThan(10);
    }

    @Test
    void keepsRetryingUntilTheGiveUpTimeAtLeastADayAndThenDeadLetters() {
        Instant created = Instant.parse("2026-03-01T00:00:00Z");
        Instant giveUp = created.plus(Duration.ofHours(25));
        List<Instant> attempts = new ArrayList<>();
        Instant now = created;
        int attempt = 1;
        Instant next;
        while ((next = schedule.next(attempt, now, giveUp)) != null) {
            attempts.add(next);
            now = next;
            attempt++;
        }

        assertThat(Duration.between(created, now)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts).last().isEqualTo(giveUp);
        assertThat(attempts.size()).isBetween(25, 60);
    }
}

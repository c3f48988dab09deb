package org.opensor.registry.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Issue 25: a travel alert reached the desk about 30 s late under load because the outbox relay, a fixed-delay job,
 * waited on Boot's single scheduler thread behind slow jobs. With the service's scheduler, a fixed-delay job keeps its
 * pace while another one is stuck.
 */
class SchedulingThreadsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withPropertyValues("spring.threads.virtual.enabled=true")
            .withUserConfiguration(Scheduling.class)
            .withConfiguration(AutoConfigurations.of(TaskSchedulingAutoConfiguration.class));

    /** As the application has it: Boot makes a scheduler only where scheduling is on. */
    @EnableScheduling
    static class Scheduling {}

    @Test
    void aFixedDelayJobKeepsRunningWhileAnotherIsStuck() {
        context.withUserConfiguration(SchedulingThreads.class)
                .run(app -> assertRelayKeepsPace(app.getBean(TaskScheduler.class)));
    }

    /** What the service had before: Boot's scheduler with virtual threads. The relay stops while the other job runs. */
    @Test
    void bootsOwnSchedulerWithVirtualThreadsStallsTheRelay() {
        context.run(app -> {
            TaskScheduler scheduler = app.getBean(TaskScheduler.class);
            CountDownLatch stuck = new CountDownLatch(1);
            AtomicInteger relayRuns = new AtomicInteger();
            scheduler.scheduleWithFixedDelay(() -> block(stuck), Duration.ofMillis(10));
            scheduler.scheduleWithFixedDelay(relayRuns::incrementAndGet, Duration.ofMillis(50));
            try {
                await().during(Duration.ofMillis(600))
                        .atMost(Duration.ofSeconds(2))
                        .until(() -> relayRuns.get() <= 1);
            } finally {
                stuck.countDown();
            }
        });
    }

    /** A job added without a thread of its own would again wait behind the others (eight jobs had six threads). */
    @Test
    void everyScheduledJobOfTheServiceHasAThread() {
        long jobs = new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .withImportOption(
                                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.opensor.registry.api", "org.opensor.registry.support")
                        .stream()
                        .flatMap(c -> c.getMethods().stream())
                        .filter(m -> m.isAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class))
                        .count();
        assertThat(SchedulingThreads.JOBS).isEqualTo(jobs);
    }

    private static void assertRelayKeepsPace(TaskScheduler scheduler) {
        CountDownLatch stuck = new CountDownLatch(1);
        AtomicInteger relayRuns = new AtomicInteger();
        scheduler.scheduleWithFixedDelay(() -> block(stuck), Duration.ofMillis(10));
        scheduler.scheduleWithFixedDelay(relayRuns::incrementAndGet, Duration.ofMillis(50));
        try {
            await().atMost(Duration.ofSeconds(2)).until(() -> relayRuns.get() >= 5);
            assertThat(relayRuns.get()).isGreaterThanOrEqualTo(5);
        } finally {
            stuck.countDown();
        }
    }

    private static void block(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

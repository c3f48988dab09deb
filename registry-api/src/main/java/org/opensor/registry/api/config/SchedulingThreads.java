package org.opensor.registry.api.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A thread for each of the service's scheduled jobs. With virtual threads on, Spring Boot's default scheduler runs
 * every fixed-delay job on its one scheduler thread, so the outbox relay (every 200 ms, the first hop of a travel
 * alert) waited behind the audit checkpoint (a chain walk, a forced file write and a Kafka send) and the streams'
 * keep-alives (a write to each open browser): under load a new alert reached the desk about 30 s late. Here no job
 * waits for another; Boot's auto-configured scheduler steps aside for this bean.
 */
@Configuration(proxyBeanMethods = false)
public class SchedulingThreads {

    /**
     * The service's eight scheduled jobs: outbox relay, outbox purge, audit checkpoint, idempotency-key purge, the
     * two alert streams' keep-alives, the retention run and the travel compliance check (one thread each, so a long
     * retention run never holds the relay back).
     */
    static final int JOBS = 8;

    @Bean(name = "taskScheduler", destroyMethod = "shutdown")
    public ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(JOBS);
        scheduler.setThreadNamePrefix("registry-scheduling-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        return scheduler;
    }
}

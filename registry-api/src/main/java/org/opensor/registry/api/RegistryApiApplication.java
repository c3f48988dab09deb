package org.opensor.registry.api;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The front door of the registry: REST API, security, PostgreSQL and the transactional outbox. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RegistryApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApiApplication.class, args);
    }

    /** The one source of time: tests replace it; the domain never calls now() itself. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package org.opensor.registry.api.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Places the audit filter just outside Spring Security's filter chain; loads the chain key; schedules the checkpoints. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(ObjectProvider<AuditTrail> trail, Clock clock) {
        // The trail is looked up per request: filters are created with the web server, before the data source
        // may be ready (and before test property sources are in place).
        FilterRegistrationBean<AuditRequestFilter> registration =
                new FilterRegistrationBean<>(new AuditRequestFilter(trail, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        // The API, every console page, and console sign-in and sign-out (the filter itself skips the rest).
        registration.addUrlPatterns("/api/*", "/console/*", "/login", "/logout");
        return registration;
    }

    @Bean
    AuditKeys auditKeys(AuditSettings settings) {
        return AuditKeys.load(settings.keyFile());
    }

    @Bean
    AuditCheckpointFile auditCheckpointFile(AuditSettings settings) {
        return new AuditCheckpointFile(settings.checkpointFile());
    }

    @Bean
    AuditCheckpoints auditCheckpoints(
            AuditTrail trail,
            AuditKeys keys,
            AuditCheckpointFile file,
            KafkaProperties kafka,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // A broker that does not answer must not hold up the scheduler: the file already has the checkpoint.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        return new AuditCheckpoints(
                trail,
                keys,
                file,
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config)),
                clock,
                meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new));
    }
}

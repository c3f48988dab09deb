package org.opensor.registry.api.idempotency;

import java.time.Clock;
import org.opensor.registry.api.web.RequestLimitSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Places the {@code Idempotency-Key} filter inside Spring Security and the request limits. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(
            ObjectProvider<StoredAnswers> answers, RequestLimitSettings settings, ObjectProvider<Clock> clock) {
        // The store is looked up per request: filters are created with the web server, before the data source is ready.
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(answers, settings, clock.getIfAvailable(Clock::systemUTC)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}

package org.opensor.registry.api.audit;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Places the audit filter just outside Spring Security's filter chain. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(ObjectProvider<AuditTrail> trail, Clock clock) {
        // The trail is looked up per request: filters are created with the web server, before the data source
        // may be ready (and before test property sources are in place).
        FilterRegistrationBean<AuditRequestFilter> registration = new FilterRegistrationBean<>(new AuditRequestFilter(trail, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        // The API, every console page, and console sign-in and sign-out (the filter itself skips the rest).
        registration.addUrlPatterns("/api/*", "/console/*", "/login", "/logout");
        return registration;
    }
}

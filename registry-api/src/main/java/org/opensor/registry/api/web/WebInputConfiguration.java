package org.opensor.registry.api.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Places the request limits just inside Spring Security (and so inside the audit filter, which records refusals). */
@Configuration(proxyBeanMethods = false)
class WebInputConfiguration {

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(RequestLimitSettings settings) {
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(new RequestLimits(settings));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/api/*", "/console/*", "/login");
        return registration;
    }
}

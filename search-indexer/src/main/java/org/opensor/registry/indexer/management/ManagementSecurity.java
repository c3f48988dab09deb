package org.opensor.registry.indexer.management;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The indexer serves nothing but actuator endpoints. Probes (overall health, liveness, readiness) are open and show the
 * status only; metrics, health details and the reconciliation need the operator's login (HTTP Basic); the rest is
 * refused. Metrics name indexes and counts, which an attacker on the host would use to plan.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // a --rebuild-index run serves nothing
@EnableConfigurationProperties(ManagementSettings.class)
class ManagementSecurity {

    /** The role of the management login: Spring Boot shows health details to it ({@code management.endpoint.health.roles}). */
    static final String OPERATOR = "OPERATOR";
    private static final Logger LOG = LoggerFactory.getLogger(ManagementSecurity.class);

    @Bean
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator/**").hasRole(OPERATOR)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthorized(response)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> unauthorized(response)))
                // stateless HTTP Basic: no session cookie for CSRF to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService operators(ManagementSettings settings, PasswordEncoder encoder) {
        if (!settings.enabled()) {
            LOG.warn("OPENSOR_MANAGEMENT_PASSWORD is not set: metrics and the reconciliation endpoint refuse everyone");
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(settings.username())
                .password(encoder.encode(settings.password())).roles(OPERATOR).build());
    }

    private static void unauthorized(HttpServletResponse response) throws java.io.IOException {
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response.setHeader("WWW-Authenticate", "Basic realm=\"search-indexer\"");
        response.getOutputStream().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Log in with HTTP Basic as the operator.\"}"
                .getBytes(StandardCharsets.UTF_8));
    }
}

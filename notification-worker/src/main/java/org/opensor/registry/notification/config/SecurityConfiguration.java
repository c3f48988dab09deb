package org.opensor.registry.notification.config;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The worker's administration API (subscriptions, dead letters) is for the registry administrator only, over
 * HTTP Basic with the account from configuration ({@code NOTIFICATION_ADMIN_PASSWORD}); without a password
 * configured nobody gets in. Health, liveness and readiness stay public for probes (status only); every other
 * actuator endpoint needs the admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String ADMIN_ROLE = "REGISTRY_ADMIN";

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(routes -> routes
                        // status only for probes; details, components and every other endpoint are the administrator's
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers("/api/v1/subscriptions", "/api/v1/subscriptions/**", "/api/v1/deliveries/**").hasRole(ADMIN_ROLE)
                        .requestMatchers("/actuator/**").hasRole(ADMIN_ROLE)
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(response, 401, "Unauthorized",
                        "Log in with HTTP Basic as the registry administrator.")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response, 401, "Unauthorized",
                                "Log in with HTTP Basic as the registry administrator."))
                        .accessDeniedHandler((request, response, e) -> problem(response, 403, "Forbidden",
                                "This needs the REGISTRY_ADMIN role.")))
                // Stateless API with HTTP Basic: no session cookie, so no CSRF exposure.
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
    UserDetailsService administrators(NotificationSettings settings, PasswordEncoder encoder) {
        NotificationSettings.Admin admin = settings.admin();
        if (admin == null || !admin.enabled()) {
            log.warn("NOTIFICATION_ADMIN_PASSWORD is not set: the administration API refuses everyone");
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(admin.username())
                .password(encoder.encode(admin.password())).roles(ADMIN_ROLE).build());
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"notification-worker\"");
        }
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}

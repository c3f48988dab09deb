package org.opensor.registry.notification.config;

import org.opensor.registry.support.security.OperatorBasicAuth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The worker's administration API (subscriptions, dead letters) is for the registry administrator only, over
 * HTTP Basic with the account from configuration ({@code NOTIFICATION_ADMIN_PASSWORD}); without a password
 * configured nobody gets in. The OpenAPI document ({@code /v3/api-docs}) is public, as registry-api's is. Health, liveness and readiness stay public for probes (status only); every other
 * actuator endpoint needs the admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ADMIN_ROLE = "REGISTRY_ADMIN";
    private static final OperatorBasicAuth BASIC_AUTH =
            new OperatorBasicAuth("notification-worker", "Log in with HTTP Basic as the registry administrator.");

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return BASIC_AUTH
                .apply(http)
                .authorizeHttpRequests(routes -> routes
                        // status only for probes; details, components and every other endpoint are the administrator's
                        .requestMatchers(OperatorBasicAuth.PROBES)
                        .permitAll()
                        // the admin API's description holds no data: clients are generated and answers checked from it
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/api/v1/subscriptions", "/api/v1/subscriptions/**", "/api/v1/deliveries/**")
                        .hasRole(ADMIN_ROLE)
                        .requestMatchers("/actuator/**")
                        .hasRole(ADMIN_ROLE)
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        OperatorBasicAuth.problem(response, 403, "Forbidden", "This needs the REGISTRY_ADMIN role.")))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService administrators(NotificationSettings settings, PasswordEncoder encoder) {
        NotificationSettings.Admin admin = settings.admin();
        boolean enabled = admin != null && admin.enabled();
        return OperatorBasicAuth.account(
                enabled,
                enabled ? admin.username() : null,
                enabled ? admin.password() : null,
                ADMIN_ROLE,
                encoder,
                "NOTIFICATION_ADMIN_PASSWORD is not set: the administration API refuses everyone");
    }
}

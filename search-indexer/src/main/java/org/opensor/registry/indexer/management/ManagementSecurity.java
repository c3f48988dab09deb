package org.opensor.registry.indexer.management;

import org.opensor.registry.support.security.OperatorBasicAuth;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    private static final OperatorBasicAuth BASIC_AUTH =
            new OperatorBasicAuth("search-indexer", "Log in with HTTP Basic as the operator.");

    @Bean
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        return BASIC_AUTH
                .apply(http)
                .authorizeHttpRequests(routes -> routes.requestMatchers(OperatorBasicAuth.PROBES)
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(OPERATOR)
                        .anyRequest()
                        .denyAll())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService operators(ManagementSettings settings, PasswordEncoder encoder) {
        return OperatorBasicAuth.account(
                settings.enabled(),
                settings.username(),
                settings.password(),
                OPERATOR,
                encoder,
                "OPENSOR_MANAGEMENT_PASSWORD is not set: metrics and the reconciliation endpoint refuse everyone");
    }
}

package org.opensor.registry.api.security.web;

import org.opensor.registry.api.audit.AuthenticationCapture;
import org.opensor.registry.api.security.Permission;
import org.opensor.registry.api.security.Permissions;
import org.opensor.registry.api.security.SecurityPolicy;
import org.opensor.registry.api.security.SecuritySettings;
import org.opensor.registry.api.web.ProblemResponsesWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what, built from {@link Permissions} (the single source): public health and API description,
 * each listed endpoint for its roles, everything else denied. Authentication is HTTP Basic against the built-in
 * accounts, or JWT bearer tokens from an identity provider when {@code registry.security.mode=oidc}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponsesWriter problems, SecuritySettings settings)
            throws Exception {
        http.authorizeHttpRequests(routes -> {
            routes.requestMatchers(Permissions.PUBLIC_PATHS.toArray(String[]::new))
                    .permitAll();
            for (Permission permission : Permissions.ALL) {
                routes.requestMatchers(permission.method(), permission.path()).hasAnyRole(permission.roleNames());
            }
            routes.requestMatchers("/actuator/**").hasRole("REGISTRY_ADMIN");
            routes.anyRequest().denyAll();
        });
        if (settings.oidc()) {
            http.oauth2ResourceServer(oauth -> oauth.jwt(
                            jwt -> jwt.jwtAuthenticationConverter(SecurityPolicy.roleClaimConverter(settings)))
                    .authenticationEntryPoint(problems::unauthenticatedBearer));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated));
        }
        return http.addFilterBefore(new AuthenticationCapture(), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                settings.oidc() ? problems::unauthenticatedBearer : problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                // Stateless API (Basic or bearer on every request): no session cookie, so nothing for CSRF to ride on.
                // The web console will get its own chain with sessions, CSRF tokens and a 30-minute idle timeout.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp ->
                                csp.policyDirectives("default-src 'self'; frame-ancestors 'none'; object-src 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    /** Delegating encoder: bcrypt today, and hashes stay readable when the default moves on. */
    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings, java.time.Clock clock) {
        return SecurityPolicy.passwordEncoder(settings, clock);
    }
}

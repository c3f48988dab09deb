package org.opensor.registry.api.config;

import org.opensor.registry.api.web.ProblemResponsesWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Least privilege: every API route is named with its roles; anything not named is denied.
 * HTTP Basic against the built-in accounts for now (the security issue adds OIDC and the console login).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponsesWriter problems) throws Exception {
        return http
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/registrants").hasRole("COURT_CLERK")
                        .requestMatchers(HttpMethod.GET, "/api/v1/registrants/*").hasAnyRole("COURT_CLERK", "POLICE_OFFICER")
                        .requestMatchers("/actuator/**").hasRole("REGISTRY_ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                // Stateless API with HTTP Basic: no session cookie, so no CSRF exposure.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    /** Delegating encoder: bcrypt today, and hashes stay readable when the default moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

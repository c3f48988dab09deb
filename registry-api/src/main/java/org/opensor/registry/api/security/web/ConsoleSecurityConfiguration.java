package org.opensor.registry.api.security.web;

import org.opensor.registry.api.audit.AuthenticationCapture;
import org.opensor.registry.api.console.ConsolePage;
import org.opensor.registry.api.console.ConsolePages;
import org.opensor.registry.api.security.ConsoleSignInAtIdentityProvider;
import org.opensor.registry.api.security.IdentityProviderConnection;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The browser side: form login against the built-in accounts (same lockout and password rules as the API), or sign-in
 * at the identity provider when one is configured ({@link ConsoleSignInAtIdentityProvider}),
 * a session that ends after 30 minutes idle ({@code server.servlet.session.timeout}), CSRF tokens on every
 * form and htmx request, and each page open to the roles of the API endpoint it borrows ({@link ConsolePages}).
 * It is ordered before the API's chain and claims only the console's paths.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain console(
            HttpSecurity http,
            PasswordEncoder encoder,
            SecuritySettings settings,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<IdentityProviderConnection> provider)
            throws Exception {
        http.securityMatcher(
                "/",
                "/login",
                "/logout",
                "/console",
                "/console/**",
                "/console-assets/**",
                "/webjars/**",
                "/assets/**",
                "/favicon.ico",
                "/error",
                "/oauth2/authorization/**",
                "/login/oauth2/code/**");
        http.authorizeHttpRequests(routes -> {
            routes.requestMatchers(ConsolePages.PUBLIC_PATHS.toArray(String[]::new))
                    .permitAll();
            routes.requestMatchers("/").authenticated();
            for (ConsolePage page : ConsolePages.ALL) {
                routes.requestMatchers(page.method(), page.path()).hasAnyRole(page.roleNames());
            }
            routes.anyRequest().denyAll();
        });
        if (settings.oidcConsole()) {
            ConsoleSignInAtIdentityProvider.configure(http, registrations.getObject(), provider.getObject(), settings);
        } else {
            http.formLogin(form -> form.loginPage("/login")
                            .defaultSuccessUrl("/console", true)
                            .failureHandler(new LoginFailureHandler(encoder)))
                    .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
        }
        return http.addFilterBefore(new AuthenticationCapture(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none'; form-action "
                                        + formTargets(settings) + "; base-uri 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    /** The sign-out form's answer leads to the identity provider's end-session page when it signs users in. */
    private static String formTargets(SecuritySettings settings) {
        return settings.oidcConsole()
                ? "'self' " + java.net.URI.create(settings.oidcIssuer()).resolve("/")
                : "'self'";
    }
}

package org.opensor.registry.api.security;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security policy of registry-api ({@code registry.security.*}).
 *
 * @param mode              {@code built-in} (accounts in the registry, HTTP Basic) or {@code oidc} (JWT bearer
 *                          tokens from an identity provider: set {@code spring.security.oauth2.resourceserver.jwt.*})
 * @param rolesClaim        JWT claim that holds the roles (default {@code roles}); values are role names as in
 *                          credentials files ({@code court-clerk}) or enum names ({@code COURT_CLERK})
 * @param unitClaim         JWT claim with the user's unit, for records restricted to named units (default {@code unit})
 * @param lockoutThreshold  failed logins in a row that lock an account (default 5)
 * @param lockoutDuration   how long a locked account stays locked (default 10 minutes)
 * @param searchesPerMinute searches one account may run per minute before getting 429 (default 60)
 * @param workingHoursStart start of working hours, for the misuse report (default 07:00)
 * @param workingHoursEnd   end of working hours (default 19:00)
 * @param zone              time zone of working hours (default Asia/Phnom_Penh)
 * @param bulkReadThreshold record reads by one account in one day, without any write, that the misuse report flags (default 50)
 * @param verifiedPasswordCache how long a password that matched its bcrypt hash is remembered, so that HTTP Basic
 *                          does not pay bcrypt on every request (default 5 minutes; 0 turns it off)
 * @param oidcIssuer        with mode {@code oidc}: the only accepted {@code iss} of tokens (required)
 * @param oidcJwkSetUri     with mode {@code oidc}: where the identity provider publishes its signing keys
 * @param oidcPublicKey     with mode {@code oidc}, instead of a JWK set: a PEM file with the provider's RSA public key
 * @param oidcConsoleClientId     with mode {@code oidc}: the web console's client at the provider; when set, the console
 *                          signs users in there (authorization code with PKCE, sign-out at the provider too); unset, the
 *                          console keeps its own sign-in form against the built-in accounts
 * @param oidcConsoleClientSecret the console client's secret (a confidential client)
 * @param oidcTrustBundle   with mode {@code oidc}: the Spring SSL bundle whose authorities the provider's certificate must
 *                          chain to (the local stack's own authority); unset, the JVM's public authorities
 */
@ConfigurationProperties("registry.security")
public record SecuritySettings(
        @DefaultValue("built-in") String mode,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("unit") String unitClaim,
        @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("10m") Duration lockoutDuration,
        @DefaultValue("60") int searchesPerMinute,
        @DefaultValue("07:00") LocalTime workingHoursStart,
        @DefaultValue("19:00") LocalTime workingHoursEnd,
        @DefaultValue("Asia/Phnom_Penh") ZoneId zone,
        @DefaultValue("50") int bulkReadThreshold,
        @DefaultValue("5m") Duration verifiedPasswordCache,
        String oidcIssuer,
        String oidcJwkSetUri,
        org.springframework.core.io.Resource oidcPublicKey,
        String oidcConsoleClientId,
        String oidcConsoleClientSecret,
        String oidcTrustBundle) {

    public boolean oidc() {
        return "oidc".equalsIgnoreCase(mode);
    }

    /** Whether the console signs users in at the identity provider rather than with its own form. */
    public boolean oidcConsole() {
        return oidc() && oidcConsoleClientId != null && !oidcConsoleClientId.isBlank();
    }
}

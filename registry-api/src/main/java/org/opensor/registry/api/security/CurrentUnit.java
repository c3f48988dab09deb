package org.opensor.registry.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.opensor.registry.api.restriction.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The unit a caller belongs to: a claim of the access or ID token for OIDC users, the account's unit for built-in accounts. An API call
 * with HTTP Basic read its account, unit included, a moment ago to sign in, and that reading is used; a console
 * session's account was read at login, so its unit is read again (an account moved to another unit must not keep
 * seeing the old unit's restricted records).
 */
@Component
public class CurrentUnit {

    /** How old a reading of the account's unit may be and still be used; a sign-in and its call take far less. */
    static final Duration FRESH = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;

    CurrentUnit(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The caller as restrictions see them ({@link Viewer#OF_NO_UNIT} when not signed in or of no unit). */
    public Viewer viewer(Authentication authentication) {
        return authentication == null
                ? Viewer.OF_NO_UNIT
                : new Viewer(of(authentication).orElse(null));
    }

    public Optional<String> of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.ofNullable(jwt.getToken().getClaimAsString(settings.unitClaim()));
        }
        if (authentication.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser user) {
            // a console session signed in at the identity provider: its ID token names the unit
            return Optional.ofNullable(user.getClaimAsString(settings.unitClaim()));
        }
        if (authentication.getPrincipal() instanceof LoadedWithUnit loaded
                && Duration.between(loaded.loadedAt(), clock.instant()).compareTo(FRESH) < 0) {
            return Optional.ofNullable(loaded.unit());
        }
        return jdbc.sql("select unit from registry.account where username = :u")
                .param("u", authentication.getName())
                .query(String.class)
                .optional();
    }
}

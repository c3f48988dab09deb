package org.opensor.registry.api.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The unit a caller belongs to: a JWT claim for OIDC users, the account's unit for built-in accounts. */
@Component
public class CurrentUnit {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;

    CurrentUnit(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public Optional<String> of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.ofNullable(jwt.getToken().getClaimAsString(settings.unitClaim()));
        }
        return jdbc.sql("select unit from registry.account where username = :u").param("u", authentication.getName())
                .query(String.class).optional();
    }
}

package org.opensor.registry.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Roles from a configurable JWT claim (a list, or a space-separated string), written as in credentials files
 * ({@code court-clerk}) or as enum names ({@code COURT_CLERK}). Unknown roles are ignored: a token grants only
 * what the registry knows. The principal name is {@code preferred_username}, else {@code sub}.
 */
class RoleClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String claim;

    RoleClaimConverter(String claim) {
        this.claim = claim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = authorities(jwt.getClaim(claim));
        String name = jwt.getClaimAsString("preferred_username") != null
                ? jwt.getClaimAsString("preferred_username")
                : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    /** The registry's roles named in a claim's value, as {@code ROLE_*} authorities; unknown names grant nothing. */
    static List<GrantedAuthority> authorities(Object claimValue) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : values(claimValue)) {
            role(value).ifPresent(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        }
        return authorities;
    }

    private static Collection<String> values(Object claimValue) {
        if (claimValue instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claimValue instanceof String text) {
            return List.of(text.trim().split("[\\s,]+"));
        }
        return List.of();
    }

    private static java.util.Optional<Role> role(String value) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(value) || role.externalName().equalsIgnoreCase(value)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}

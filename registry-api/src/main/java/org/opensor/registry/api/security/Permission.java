package org.opensor.registry.api.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One endpoint and the roles that may call it.
 *
 * @param path a Spring path pattern as the controller declares it, e.g. {@code /api/v1/registrants/{id}}
 */
public record Permission(HttpMethod method, String path, Access access, Set<Role> roles) {

    public Permission {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean needsPurpose() {
        return access == Access.READ || access == Access.SEARCH;
    }

    public String[] roleNames() {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }
}

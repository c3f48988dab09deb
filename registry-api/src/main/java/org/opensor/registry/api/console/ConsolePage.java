package org.opensor.registry.api.console;

import java.util.EnumSet;
import java.util.Set;
import org.opensor.registry.api.security.Access;
import org.opensor.registry.api.security.Permission;
import org.opensor.registry.api.security.Role;
import org.springframework.http.HttpMethod;

/**
 * One route of the web console and the API permission it exercises: the page may be used by exactly the roles
 * that may call that endpoint, and it needs a purpose exactly when the endpoint does. Pages that show no
 * personal data (the home page, the purpose form) stand on their own with {@code api == null}.
 *
 * @param path a Spring path pattern as the console controller declares it
 */
public record ConsolePage(HttpMethod method, String path, Permission api) {

    /** The endpoint's roles, less machine clients: they have no console (see {@link ConsolePages#PEOPLE}). */
    public Set<Role> roles() {
        if (api == null) {
            return ConsolePages.PEOPLE;
        }
        EnumSet<Role> people = EnumSet.copyOf(ConsolePages.PEOPLE);
        people.retainAll(api.roles());
        return Set.copyOf(people);
    }

    public boolean needsPurpose() {
        return api != null && api.needsPurpose();
    }

    public boolean isSearch() {
        return api != null && api.access() == Access.SEARCH;
    }

    public String[] roleNames() {
        return roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }
}

package org.opensor.registry.api.console;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opensor.registry.api.security.Permission;
import org.opensor.registry.api.security.Permissions;
import org.opensor.registry.api.security.Role;
import org.springframework.http.HttpMethod;

/**
 * Every route of the web console, each tied to the API endpoint whose permission it borrows (see
 * {@link Permissions}, the single source of who may do what). The console's security chain is built from this
 * list, anything not listed is denied, and {@code ConsolePermissionIT} opens every page as every role.
 */
public final class ConsolePages {

    /** People who log into the console; machine clients (border agency systems) use the API only. */
    public static final Set<Role> PEOPLE = Set.copyOf(EnumSet.complementOf(EnumSet.of(Role.BORDER_AGENCY_SYSTEM)));

    public static final List<ConsolePage> ALL = List.of(
            page(GET, "/console"),
            page(GET, "/console/purpose"),
            page(POST, "/console/purpose"),
            // Border screening, manifests and the live alert inbox (console.screening, console.alert).
            page(GET, "/console/screenings", POST, "/api/v1/screenings"),
            page(POST, "/console/screenings", POST, "/api/v1/screenings"),
            page(GET, "/console/manifests", POST, "/api/v1/manifests"),
            page(POST, "/console/manifests", POST, "/api/v1/manifests"),
            page(GET, "/console/alerts", GET, "/api/v1/alerts"),
            page(GET, "/console/alerts/stream", GET, "/api/v1/alerts/stream"),
            page(POST, "/console/alerts/{id}/acknowledgement", POST, "/api/v1/alerts/{id}/acknowledgement"));

    /** Paths anyone may fetch: the login page, styles and scripts. */
    public static final List<String> PUBLIC_PATHS = List.of("/login", "/webjars/**", "/console-assets/**", "/assets/**", "/favicon.ico", "/error");

    private ConsolePages() {
    }

    public static Optional<ConsolePage> find(HttpMethod method, String pattern) {
        return ALL.stream().filter(p -> p.method().equals(method) && p.path().equals(pattern)).findFirst();
    }

    /** A page standing on its own: any person logged in. */
    static ConsolePage page(HttpMethod method, String path) {
        return new ConsolePage(method, path, null);
    }

    /** A page that does what the API endpoint {@code apiMethod apiPath} does, for the same roles. */
    static ConsolePage page(HttpMethod method, String path, HttpMethod apiMethod, String apiPath) {
        Permission api = Permissions.find(apiMethod, apiPath)
                .orElseThrow(() -> new IllegalStateException("no API permission " + apiMethod + " " + apiPath + " for console page " + path));
        return new ConsolePage(method, path, api);
    }
}

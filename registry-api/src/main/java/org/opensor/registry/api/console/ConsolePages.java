package org.opensor.registry.api.console;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opensor.registry.api.security.Access;
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
            page(POST, "/console/language"),
            // Registrant records and the court clerks' and police officers' entries on them (console.record)
            page(GET, "/console/registrants", GET, "/api/v1/registrants"),
            page(GET, "/console/registrants/new", POST, "/api/v1/registrants"),
            page(POST, "/console/registrants/new", POST, "/api/v1/registrants"),
            page(GET, "/console/registrants/{id}", GET, "/api/v1/registrants/{id}"),
            page(GET, "/console/registrants/{id}/history", GET, "/api/v1/registrants/{id}/history"),
            page(GET, "/console/registrants/{id}/edit", PUT, "/api/v1/registrants/{id}"),
            page(POST, "/console/registrants/{id}/edit", PUT, "/api/v1/registrants/{id}"),
            page(GET, "/console/registrants/{id}/print", GET, "/api/v1/registrants/{id}"),
            page(GET, "/console/registrants/{id}/record.pdf", GET, "/api/v1/registrants/{id}"),
            page(GET, "/console/registrants/{id}/photos/new", POST, "/api/v1/registrants/{id}/photos"),
            page(POST, "/console/registrants/{id}/photos/new", POST, "/api/v1/registrants/{id}/photos"),
            page(GET, "/console/registrants/{id}/photos/{photoId}", GET, "/api/v1/registrants/{id}/photos/{photoId}"),
            page(GET, "/console/registrants/{id}/convictions/new", POST, "/api/v1/registrants/{id}/convictions"),
            page(POST, "/console/registrants/{id}/convictions/new", POST, "/api/v1/registrants/{id}/convictions"),
            page(GET, "/console/registrants/{id}/custody-events/new", POST, "/api/v1/registrants/{id}/custody-events"),
            page(POST, "/console/registrants/{id}/custody-events/new", POST, "/api/v1/registrants/{id}/custody-events"),
            page(GET, "/console/registrants/{id}/addresses/new", POST, "/api/v1/registrants/{id}/addresses"),
            page(POST, "/console/registrants/{id}/addresses/new", POST, "/api/v1/registrants/{id}/addresses"),
            page(GET, "/console/registrants/{id}/verifications/new", POST, "/api/v1/registrants/{id}/verifications"),
            page(POST, "/console/registrants/{id}/verifications/new", POST, "/api/v1/registrants/{id}/verifications"),
            // Identity search and travel notices (console.search, console.travel): police officers search and keep
            // travel notices; court clerks search and read the notices.
            page(GET, "/console/identity-searches", POST, "/api/v1/identity-searches"),
            page(POST, "/console/identity-searches", POST, "/api/v1/identity-searches"),
            page(GET, "/console/registrants/{id}/travel-notices", GET, "/api/v1/registrants/{id}/travel-notices"),
            page(GET, "/console/registrants/{id}/travel-notices/new", POST, "/api/v1/registrants/{id}/travel-notices"),
            page(POST, "/console/registrants/{id}/travel-notices/new", POST, "/api/v1/registrants/{id}/travel-notices"),
            page(
                    GET,
                    "/console/registrants/{id}/travel-notices/{noticeId}/edit",
                    PUT,
                    "/api/v1/registrants/{id}/travel-notices/{noticeId}"),
            page(
                    POST,
                    "/console/registrants/{id}/travel-notices/{noticeId}/edit",
                    PUT,
                    "/api/v1/registrants/{id}/travel-notices/{noticeId}"),
            page(
                    GET,
                    "/console/registrants/{id}/travel-notices/{noticeId}/cancellation",
                    POST,
                    "/api/v1/registrants/{id}/travel-notices/{noticeId}/cancellation"),
            page(
                    POST,
                    "/console/registrants/{id}/travel-notices/{noticeId}/cancellation",
                    POST,
                    "/api/v1/registrants/{id}/travel-notices/{noticeId}/cancellation"),
            // Pardon and sentence-reduction decrees (console.decree): court clerks enter, decide and apply; police
            // read.
            page(GET, "/console/decrees", GET, "/api/v1/decrees"),
            page(GET, "/console/decrees/new", POST, "/api/v1/decrees"),
            page(POST, "/console/decrees/new", POST, "/api/v1/decrees"),
            page(GET, "/console/decrees/{id}", GET, "/api/v1/decrees/{id}/preview"),
            page(
                    POST,
                    "/console/decrees/{id}/lines/{lineNumber}/decision",
                    POST,
                    "/api/v1/decrees/{id}/lines/{lineNumber}/decision"),
            page(POST, "/console/decrees/{id}/application", POST, "/api/v1/decrees/{id}/application"),
            // Charges, bail and court travel bans (console.charge): court clerks record and end bans; police read.
            page(GET, "/console/charges", GET, "/api/v1/charges/{chargeId}"),
            page(POST, "/console/charges", POST, "/api/v1/charges"),
            page(
                    POST,
                    "/console/charges/{chargeId}/travel-ban-lifting",
                    POST,
                    "/api/v1/charges/{chargeId}/travel-ban-lifting"),
            page(POST, "/console/charges/{chargeId}/verdict", POST, "/api/v1/charges/{chargeId}/verdict"),
            // Finding the person by name is an identity search: the same roles, purpose, rate limit and audit.
            page(GET, "/console/charges/people", POST, "/api/v1/identity-searches"),
            // Wanted elsewhere (console.foreign): court clerks record foreign requests; police read them with the
            // decision support.
            page(GET, "/console/foreign-requests", GET, "/api/v1/foreign-requests/{requestId}"),
            page(POST, "/console/foreign-requests", POST, "/api/v1/foreign-requests"),
            page(
                    POST,
                    "/console/foreign-requests/{requestId}/closure",
                    POST,
                    "/api/v1/foreign-requests/{requestId}/closure"),
            page(GET, "/console/foreign-requests/people", POST, "/api/v1/identity-searches"),
            // De-registration with four eyes (console.deregistration): a court clerk or police officer proposes,
            // another
            // court clerk approves.
            page(GET, "/console/registrants/{id}/deregistration", GET, "/api/v1/registrants/{id}/deregistration"),
            page(POST, "/console/registrants/{id}/deregistration", POST, "/api/v1/registrants/{id}/deregistration"),
            page(
                    POST,
                    "/console/registrants/{id}/deregistration/approval",
                    POST,
                    "/api/v1/registrants/{id}/deregistration/approval"),
            // The police officer's compliance tasks (console.compliance): listed, assigned and closed as on the API.
            page(GET, "/console/compliance-tasks", GET, "/api/v1/compliance-tasks"),
            page(
                    POST,
                    "/console/compliance-tasks/{taskId}/assignment",
                    POST,
                    "/api/v1/compliance-tasks/{taskId}/assignment"),
            page(POST, "/console/compliance-tasks/{taskId}/closure", POST, "/api/v1/compliance-tasks/{taskId}/closure"),
            // Administration and audit (console.admin, console.audit): accounts borrow /api/v1/accounts; webhook
            // subscriptions and dead letters live in notification-worker, so those pages name their own permission.
            page(GET, "/console/accounts", GET, "/api/v1/accounts"),
            page(GET, "/console/accounts/new", POST, "/api/v1/accounts"),
            page(POST, "/console/accounts/new", POST, "/api/v1/accounts"),
            page(POST, "/console/accounts/{username}/unlock", POST, "/api/v1/accounts/{username}/unlock"),
            page(GET, "/console/accounts/{username}/disable", POST, "/api/v1/accounts/{username}/disable"),
            page(POST, "/console/accounts/{username}/disable", POST, "/api/v1/accounts/{username}/disable"),
            page(GET, "/console/accounts/{username}/password", PUT, "/api/v1/accounts/{username}/password"),
            page(POST, "/console/accounts/{username}/password", PUT, "/api/v1/accounts/{username}/password"),
            page(GET, "/console/subscriptions", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(GET, "/console/subscriptions/new", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(POST, "/console/subscriptions/new", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(GET, "/console/subscriptions/{id}", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(POST, "/console/subscriptions/{id}", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(POST, "/console/subscriptions/{id}/secret-rotations", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(GET, "/console/dead-letters", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(POST, "/console/dead-letters/{deliveryId}/replay", Access.ADMINISTER, Role.REGISTRY_ADMIN),
            page(GET, "/console/audit-events", GET, "/api/v1/audit-events"),
            page(GET, "/console/audit-events.csv", GET, "/api/v1/audit-events"),
            page(GET, "/console/audit-events/verification", GET, "/api/v1/audit-events/verification"),
            page(GET, "/console/audit-events/misuse-report", GET, "/api/v1/audit-events/misuse-report"),
            // Border screening, manifests and the live alert inbox (console.screening, console.alert).
            page(GET, "/console/screenings", POST, "/api/v1/screenings"),
            page(POST, "/console/screenings", POST, "/api/v1/screenings"),
            page(GET, "/console/manifests", POST, "/api/v1/manifests"),
            page(POST, "/console/manifests", POST, "/api/v1/manifests"),
            page(GET, "/console/alerts", GET, "/api/v1/alerts"),
            page(GET, "/console/alerts/stream", GET, "/api/v1/alerts/stream"),
            page(POST, "/console/alerts/{id}/acknowledgement", POST, "/api/v1/alerts/{id}/acknowledgement"),
            page(POST, "/console/alerts/acknowledgements", POST, "/api/v1/alerts/{id}/acknowledgement"));

    /** Paths anyone may fetch: the login page (with its language links, {@code /login?language=en}), styles and scripts. */
    public static final List<String> PUBLIC_PATHS =
            List.of("/login", "/webjars/**", "/console-assets/**", "/assets/**", "/favicon.ico", "/error");

    private ConsolePages() {}

    public static Optional<ConsolePage> find(HttpMethod method, String pattern) {
        return ALL.stream()
                .filter(p -> p.method().equals(method) && p.path().equals(pattern))
                .findFirst();
    }

    /** A page standing on its own: any person logged in. */
    static ConsolePage page(HttpMethod method, String path) {
        return new ConsolePage(method, path, null);
    }

    /** A page that does what the API endpoint {@code apiMethod apiPath} does, for the same roles. */
    static ConsolePage page(HttpMethod method, String path, HttpMethod apiMethod, String apiPath) {
        Permission api = Permissions.find(apiMethod, apiPath)
                .orElseThrow(() -> new IllegalStateException(
                        "no API permission " + apiMethod + " " + apiPath + " for console page " + path));
        return new ConsolePage(method, path, api);
    }

    /**
     * A page backed by another service (the notification worker's subscriptions and dead letters), so there is no
     * registry-api endpoint to borrow from: the page names its access and roles itself, as {@link Permissions}
     * would for an endpoint of its own. Use it only for that; a page doing what a registry-api endpoint does
     * borrows that endpoint's permission, so the two cannot drift apart.
     */
    static ConsolePage page(HttpMethod method, String path, Access access, Role... roles) {
        return new ConsolePage(method, path, new Permission(method, path, access, Set.of(roles)));
    }
}

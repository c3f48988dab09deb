package org.opensor.registry.api.security;

import static org.opensor.registry.api.security.Role.AUDITOR;
import static org.opensor.registry.api.security.Role.BORDER_AGENCY_SYSTEM;
import static org.opensor.registry.api.security.Role.BORDER_OFFICER;
import static org.opensor.registry.api.security.Role.COURT_CLERK;
import static org.opensor.registry.api.security.Role.POLICE_OFFICER;
import static org.opensor.registry.api.security.Role.REGISTRY_ADMIN;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The single source of who may call what. {@code SecurityConfiguration} builds its rules from this list,
 * anything not listed is denied, {@code docs/security.md} shows it, and the permission-matrix test calls every
 * endpoint of the application as every role against it: an endpoint without an entry fails the build.
 */
public final class Permissions {

    public static final List<Permission> ALL = List.of(
            // Court facts: court clerks only.
            p(POST, "/api/v1/registrants", Access.WRITE, COURT_CLERK),
            p(PUT, "/api/v1/registrants/{id}", Access.WRITE, COURT_CLERK),
            p(POST, "/api/v1/registrants/{id}/convictions", Access.WRITE, COURT_CLERK),
            p(POST, "/api/v1/registrants/{id}/custody-events", Access.WRITE, COURT_CLERK),
            p(POST, "/api/v1/registrants/{id}/photos", Access.WRITE, COURT_CLERK),
            // Where the person lives and whether they comply: police officers.
            p(POST, "/api/v1/registrants/{id}/addresses", Access.WRITE, POLICE_OFFICER),
            p(POST, "/api/v1/registrants/{id}/verifications", Access.WRITE, POLICE_OFFICER),
            // Travel notices: police officers declare, amend and cancel; court clerks may read them.
            p(POST, "/api/v1/registrants/{id}/travel-notices", Access.WRITE, POLICE_OFFICER),
            p(PUT, "/api/v1/registrants/{id}/travel-notices/{noticeId}", Access.WRITE, POLICE_OFFICER),
            p(POST, "/api/v1/registrants/{id}/travel-notices/{noticeId}/cancellation", Access.WRITE, POLICE_OFFICER),
            p(GET, "/api/v1/registrants/{id}/travel-notices", Access.READ, COURT_CLERK, POLICE_OFFICER),
            // The alert inbox: border and police officers read (alerts name people) and acknowledge.
            p(GET, "/api/v1/alerts", Access.READ, BORDER_OFFICER, POLICE_OFFICER, BORDER_AGENCY_SYSTEM),
            p(GET, "/api/v1/alerts/stream", Access.READ, BORDER_OFFICER, POLICE_OFFICER, BORDER_AGENCY_SYSTEM),
            p(
                    POST,
                    "/api/v1/alerts/{id}/acknowledgement",
                    Access.WRITE,
                    BORDER_OFFICER,
                    POLICE_OFFICER,
                    BORDER_AGENCY_SYSTEM),
            // Reads of personal data, each with a stated purpose. Border officers get the identity view of one
            // record (never convictions or custody), and alerts; no lists, no history.
            p(GET, "/api/v1/registrants", Access.SEARCH, COURT_CLERK, POLICE_OFFICER),
            p(POST, "/api/v1/identity-searches", Access.SEARCH, COURT_CLERK, POLICE_OFFICER),
            p(GET, "/api/v1/registrants/{id}", Access.READ, COURT_CLERK, POLICE_OFFICER, BORDER_OFFICER),
            p(GET, "/api/v1/registrants/{id}/history", Access.READ, COURT_CLERK, POLICE_OFFICER),
            // Facial photos: whoever reads the identity sees the face (border officers too); each download audited.
            p(GET, "/api/v1/registrants/{id}/photos", Access.READ, COURT_CLERK, POLICE_OFFICER, BORDER_OFFICER),
            p(
                    GET,
                    "/api/v1/registrants/{id}/photos/{photoId}",
                    Access.READ,
                    COURT_CLERK,
                    POLICE_OFFICER,
                    BORDER_OFFICER),
            p(GET, "/api/v1/statutes", Access.READ, COURT_CLERK, POLICE_OFFICER),
            // Pardon and sentence-reduction decrees: court clerks enter, decide and apply; police officers read.
            p(POST, "/api/v1/decrees", Access.WRITE, COURT_CLERK),
            p(GET, "/api/v1/decrees", Access.READ, COURT_CLERK, POLICE_OFFICER),
            p(GET, "/api/v1/decrees/{id}", Access.READ, COURT_CLERK, POLICE_OFFICER),
            p(GET, "/api/v1/decrees/{id}/preview", Access.READ, COURT_CLERK, POLICE_OFFICER),
            p(POST, "/api/v1/decrees/{id}/lines/{lineNumber}/decision", Access.WRITE, COURT_CLERK),
            p(POST, "/api/v1/decrees/{id}/application", Access.WRITE, COURT_CLERK),
            // Border screening: the traveller at the desk, and airline manifests (officers and agency systems).
            p(POST, "/api/v1/screenings", Access.SCREEN, BORDER_OFFICER, BORDER_AGENCY_SYSTEM),
            p(POST, "/api/v1/manifests", Access.SCREEN, BORDER_OFFICER, BORDER_AGENCY_SYSTEM),
            // Charges, bail and court travel bans (issue 26): court clerks record them, police read them; a border
            // officer
            // learns of a ban only through screening, and sees only what stops the traveller.
            p(POST, "/api/v1/charges", Access.WRITE, COURT_CLERK),
            p(GET, "/api/v1/charges/{chargeId}", Access.READ, COURT_CLERK, POLICE_OFFICER),
            p(POST, "/api/v1/charges/{chargeId}/verdict", Access.WRITE, COURT_CLERK),
            p(POST, "/api/v1/charges/{chargeId}/travel-ban-lifting", Access.WRITE, COURT_CLERK),
            // A sealed (acquitted) charge is the auditor's alone to read, with a purpose, until retention removes it.
            p(GET, "/api/v1/sealed-charges/{chargeId}", Access.READ, AUDITOR),
            // Wanted elsewhere: the court clerk (prosecution's registry) records requests and notices; police read
            // them.
            p(POST, "/api/v1/foreign-requests", Access.WRITE, COURT_CLERK),
            p(GET, "/api/v1/foreign-requests/{requestId}", Access.READ, COURT_CLERK, POLICE_OFFICER),
            p(POST, "/api/v1/foreign-requests/{requestId}/closure", Access.WRITE, COURT_CLERK),
            // The treaty table holds no personal data: clerks read it, the administrator keeps it.
            // reference data with no personal data: no purpose needed, and the administrator who keeps it may read it
            p(GET, "/api/v1/extradition-treaties", Access.ADMINISTER, COURT_CLERK, REGISTRY_ADMIN),
            p(PUT, "/api/v1/extradition-treaties/{state}", Access.ADMINISTER, REGISTRY_ADMIN),
            // Deportation orders: court clerks record them (a custody event with due date and itinerary); police read
            // them.
            p(POST, "/api/v1/registrants/{id}/deportation-orders", Access.WRITE, COURT_CLERK),
            p(GET, "/api/v1/registrants/{id}/deportation-orders", Access.READ, COURT_CLERK, POLICE_OFFICER),
            // The travel-compliance loop: police officers work their unit's tasks.
            p(GET, "/api/v1/compliance-tasks", Access.READ, POLICE_OFFICER),
            p(POST, "/api/v1/compliance-tasks/{taskId}/assignment", Access.WRITE, POLICE_OFFICER),
            p(POST, "/api/v1/compliance-tasks/{taskId}/closure", Access.WRITE, POLICE_OFFICER),
            // De-registration with four eyes: a clerk or police officer proposes, a court clerk of another account
            // approves; the withdrawn record is then the auditor's alone to read, with a purpose.
            p(POST, "/api/v1/registrants/{id}/deregistration", Access.WRITE, COURT_CLERK, POLICE_OFFICER),
            p(GET, "/api/v1/registrants/{id}/deregistration", Access.READ, COURT_CLERK, POLICE_OFFICER),
            p(POST, "/api/v1/registrants/{id}/deregistration/approval", Access.WRITE, COURT_CLERK),
            p(GET, "/api/v1/deregistrations", Access.AUDIT, AUDITOR),
            p(GET, "/api/v1/deregistrations/{registrantId}/record", Access.READ, AUDITOR),
            // Accounts: the registry administrator, who reads no records.
            p(GET, "/api/v1/accounts", Access.ADMINISTER, REGISTRY_ADMIN),
            p(POST, "/api/v1/accounts", Access.ADMINISTER, REGISTRY_ADMIN),
            p(POST, "/api/v1/accounts/{username}/unlock", Access.ADMINISTER, REGISTRY_ADMIN),
            p(POST, "/api/v1/accounts/{username}/disable", Access.ADMINISTER, REGISTRY_ADMIN),
            p(PUT, "/api/v1/accounts/{username}/password", Access.ADMINISTER, REGISTRY_ADMIN),
            // Registrant restrictions to named units: the administrator sets them.
            p(PUT, "/api/v1/registrants/{id}/restriction", Access.ADMINISTER, REGISTRY_ADMIN),
            p(DELETE, "/api/v1/registrants/{id}/restriction", Access.ADMINISTER, REGISTRY_ADMIN),
            // The audit trail: auditors read and verify it, nobody changes it.
            p(GET, "/api/v1/audit-events", Access.AUDIT, AUDITOR),
            p(GET, "/api/v1/audit-events/verification", Access.AUDIT, AUDITOR),
            p(GET, "/api/v1/audit-events/misuse-report", Access.AUDIT, AUDITOR),
            // What the retention job removed, in counts: evidence for the auditor, no personal data.
            p(GET, "/api/v1/retention-runs", Access.AUDIT, AUDITOR));

    /**
     * Paths anyone may call: the overall health, liveness and readiness for orchestration (status only: details and
     * components are for the administrator), the API description. Every other actuator endpoint needs the administrator.
     */
    public static final List<String> PUBLIC_PATHS = List.of(
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**");

    private Permissions() {}

    public static Optional<Permission> find(HttpMethod method, String pattern) {
        return ALL.stream()
                .filter(p -> p.method().equals(method) && p.path().equals(pattern))
                .findFirst();
    }

    private static Permission p(HttpMethod method, String path, Access access, Role... roles) {
        return new Permission(method, path, access, Set.of(roles));
    }
}

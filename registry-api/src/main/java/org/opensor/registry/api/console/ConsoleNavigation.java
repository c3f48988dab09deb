package org.opensor.registry.api.console;

import java.util.List;
import java.util.Set;
import org.opensor.registry.api.security.Role;
import org.springframework.http.HttpMethod;

/**
 * The console's menu: each entry is shown to the roles that may open its page (from {@link ConsolePages}), so a
 * user never sees a link that would answer 403.
 */
public final class ConsoleNavigation {

    /** @param label the bundle key of the menu entry, @param description the bundle key of its line on the home page */
    public record Item(String label, String path, String description) {}

    /** In the order a user meets them; the home page lists the same entries with their descriptions. */
    static final List<Item> ITEMS = List.of(
            new Item("nav.home", "/console", "nav.home.description"),
            // Identity search (console.search); travel notices are opened from a registrant's record.
            new Item("nav.search", "/console/identity-searches", "nav.search.description"),
            // Registrant records (console.record)
            new Item("nav.registrants", "/console/registrants", "nav.registrants.description"),
            new Item("nav.register", "/console/registrants/new", "nav.register.description"),
            // Pardon and sentence-reduction decrees (console.decree)
            new Item("nav.decrees", "/console/decrees", "nav.decrees.description"),
            // Charges, bail and court travel bans (console.charge)
            new Item("nav.charges", "/console/charges", "nav.charges.description"),
            // Wanted elsewhere: foreign requests with their decision support (console.foreign)
            new Item("nav.foreignRequests", "/console/foreign-requests", "nav.foreignRequests.description"),
            // The police officer's travel-compliance tasks (console.compliance)
            new Item("nav.complianceTasks", "/console/compliance-tasks", "nav.complianceTasks.description"),
            // Administration and audit (console.admin, console.audit)
            new Item("nav.accounts", "/console/accounts", "nav.accounts.description"),
            new Item("nav.subscriptions", "/console/subscriptions", "nav.subscriptions.description"),
            new Item("nav.deadLetters", "/console/dead-letters", "nav.deadLetters.description"),
            new Item("nav.audit", "/console/audit-events", "nav.audit.description"),
            new Item(
                    "nav.auditVerification", "/console/audit-events/verification", "nav.auditVerification.description"),
            new Item("nav.misuse", "/console/audit-events/misuse-report", "nav.misuse.description"),
            // Border screening, manifests and the live alert inbox.
            new Item("nav.screening", "/console/screenings", "nav.screening.description"),
            new Item("nav.manifests", "/console/manifests", "nav.manifests.description"),
            new Item("nav.alerts", "/console/alerts", "nav.alerts.description"));

    private ConsoleNavigation() {}

    static List<Item> visibleTo(Set<Role> roles) {
        return ITEMS.stream()
                .filter(item -> ConsolePages.find(HttpMethod.GET, item.path())
                        .map(page -> page.roles().stream().anyMatch(roles::contains))
                        .orElse(false))
                .toList();
    }
}

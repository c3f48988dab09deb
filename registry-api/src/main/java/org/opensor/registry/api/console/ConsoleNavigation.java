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

    public record Item(String label, String path, String description) {
    }

    /** In the order a user meets them; the home page lists the same entries with their descriptions. */
    static final List<Item> ITEMS = List.of(
            new Item("Home", "/console", "Your tasks and the purpose you are working under."),
            // Identity search (console.search); travel notices are opened from a registrant's record.
            new Item("Find a person", "/console/identity-searches",
                    "Search the registry by name, date of birth, nationality or document number, with ranked results and the reasons for each."),
            // Registrant records (console.record)
            new Item("Registrants", "/console/registrants", "List registered people by name, nationality or custody status, and open a record."),
            new Item("Register a person", "/console/registrants/new", "Enter a person convicted of a registrable offence, with names in Latin letters and Khmer script."),
            // Pardon and sentence-reduction decrees (console.decree)
            new Item("Decrees", "/console/decrees",
                    "Enter a pardon or sentence-reduction decree, see whom it would release and apply it in one action."),
            // Administration and audit (console.admin, console.audit)
            new Item("Accounts", "/console/accounts", "Create accounts, unlock or disable them and set passwords."),
            new Item("Agencies and webhooks", "/console/subscriptions",
                    "The agencies that receive alerts by webhook: their subscriptions, filters and signing secrets."),
            new Item("Failed deliveries", "/console/dead-letters", "Webhooks that could not be delivered for a day: look at them and send them again."),
            new Item("Audit trail", "/console/audit-events", "Search who did what, when, to which record and why."),
            new Item("Verify the audit chain", "/console/audit-events/verification",
                    "Check that no audit entry has been changed or removed since it was written."),
            new Item("Misuse report", "/console/audit-events/misuse-report",
                    "Patterns worth a look: access outside working hours, many reads with nothing recorded, purposes used once."),
            // Border screening, manifests and the live alert inbox.
            new Item("Screen a traveller", "/console/screenings", "Paste the passport's machine-readable zone or type the traveller's details, and see any match in the registry at once."),
            new Item("Screen a manifest", "/console/manifests", "Upload or paste an airline's PAXLST passenger manifest and see every traveller's result, matches first."),
            new Item("Alert inbox", "/console/alerts", "Travel alerts for your post or district as they are issued, with their deadlines; acknowledge what you have acted on."));

    private ConsoleNavigation() {
    }

    static List<Item> visibleTo(Set<Role> roles) {
        return ITEMS.stream()
                .filter(item -> ConsolePages.find(HttpMethod.GET, item.path())
                        .map(page -> page.roles().stream().anyMatch(roles::contains)).orElse(false))
                .toList();
    }
}

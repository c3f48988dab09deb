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

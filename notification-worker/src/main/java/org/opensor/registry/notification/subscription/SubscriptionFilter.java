package org.opensor.registry.notification.subscription;

import java.util.List;
import java.util.Set;
import org.opensor.registry.notification.adminapi.AlertType;
import org.opensor.registry.notification.rules.Recipient;

/**
 * Which alerts an agency wants. An empty list means "any". An alert matches when its type is wanted and at least
 * one of its recipients lies in the wanted countries, border posts and districts (all that are given).
 * Example: the Thai liaison gives {@code countries=[THA]}; the Poipet border post gives {@code borderPosts=[POIPET]};
 * the Chamkar Mon police give {@code countries=[KHM], districts=[Chamkar Mon]}. An alert to every border post of a
 * country ({@code border-post:KHM:*}) reaches each post of that country.
 *
 * @param alertTypes  wanted alert types
 * @param countries   ISO 3166-1 alpha-3 codes of the recipients' countries
 * @param borderPosts border post codes
 * @param districts   districts of residence (for the district police)
 */
public record SubscriptionFilter(
        Set<AlertType> alertTypes, Set<String> countries, Set<String> borderPosts, Set<String> districts) {

    public SubscriptionFilter {
        alertTypes = alertTypes == null ? Set.of() : Set.copyOf(alertTypes);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        borderPosts = borderPosts == null ? Set.of() : Set.copyOf(borderPosts);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
    }

    /** Whether the alert type is wanted, wherever the alert goes. */
    public boolean wants(AlertType type) {
        return alertTypes.isEmpty() || alertTypes.contains(type);
    }

    public boolean matches(AlertType type, List<Recipient> recipients) {
        if (!wants(type)) {
            return false;
        }
        return recipients.stream().anyMatch(this::covers);
    }

    private boolean covers(Recipient recipient) {
        if (!countries.isEmpty() && !countries.contains(recipient.country())) {
            return false;
        }
        if (!borderPosts.isEmpty()
                && !(recipient.kind() == Recipient.Kind.BORDER_POST
                        && (borderPosts.contains(recipient.place())
                                || Recipient.EVERY_POST.equals(recipient.place())))) {
            return false;
        }
        return districts.isEmpty()
                || recipient.kind() == Recipient.Kind.DISTRICT_POLICE && districts.contains(recipient.place());
    }
}

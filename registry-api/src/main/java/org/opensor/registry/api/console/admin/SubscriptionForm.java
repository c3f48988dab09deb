package org.opensor.registry.api.console.admin;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opensor.registry.notification.adminapi.AlertType;
import org.opensor.registry.notification.adminapi.NewSubscription;
import org.opensor.registry.notification.adminapi.SubscriptionChange;
import org.opensor.registry.notification.adminapi.SubscriptionView;

/**
 * A subscription as the administrator types it: the filters as free text (countries by comma or space, border
 * posts and districts by comma, since a district name may hold spaces), turned into the worker's lists.
 */
record SubscriptionForm(
        String agency,
        String url,
        List<String> alertTypes,
        String countries,
        String borderPosts,
        String districts,
        boolean active) {

    SubscriptionForm {
        agency = agency == null ? "" : agency;
        url = url == null ? "" : url;
        alertTypes = alertTypes == null ? List.of() : List.copyOf(alertTypes);
        countries = countries == null ? "" : countries;
        borderPosts = borderPosts == null ? "" : borderPosts;
        districts = districts == null ? "" : districts;
    }

    static SubscriptionForm empty() {
        return new SubscriptionForm("", "", List.of(), "", "", "", true);
    }

    static SubscriptionForm of(SubscriptionView s) {
        return new SubscriptionForm(
                s.agency(),
                s.url(),
                s.alertTypes().stream().map(Enum::name).toList(),
                String.join(", ", s.countries()),
                String.join(", ", s.borderPosts()),
                String.join(", ", s.districts()),
                s.active());
    }

    /** A new subscription as the worker takes it (no unit: the console does not set one yet). */
    NewSubscription newSubscription() {
        return new NewSubscription(
                agency.strip(),
                null,
                url.strip(),
                types(),
                countryCodes(),
                set(split(borderPosts, ",")),
                set(split(districts, ",")));
    }

    /** The changeable part, as the worker takes it. */
    SubscriptionChange change() {
        return new SubscriptionChange(
                url.strip(), types(), countryCodes(), set(split(borderPosts, ",")), set(split(districts, ",")), active);
    }

    /** Country codes are upper case by definition; "tha" is what a hurried administrator means by THA. */
    private Set<String> countryCodes() {
        return set(split(countries.toUpperCase(Locale.ROOT), "[,\\s]+"));
    }

    /** The ticked types; a value the form never offers is refused here, as the worker would. */
    private Set<AlertType> types() {
        Set<AlertType> types = new LinkedHashSet<>();
        for (String value : alertTypes) {
            try {
                types.add(AlertType.valueOf(value));
            } catch (IllegalArgumentException unknown) {
                throw new WorkerAdminClient.Refused(
                        400, "Unknown alert type.", Map.of("alertTypes", "Choose alert types from the list."));
            }
        }
        return types;
    }

    private static Set<String> set(List<String> values) {
        return new LinkedHashSet<>(values);
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}

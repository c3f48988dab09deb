package org.opensor.registry.api.console.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A subscription as the administrator types it: the filters as free text (countries by comma or space, border
 * posts and districts by comma, since a district name may hold spaces), turned into the worker's lists.
 */
record SubscriptionForm(String agency, String url, List<String> alertTypes, String countries, String borderPosts,
                        String districts, boolean active) {

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

    static SubscriptionForm of(WorkerAdminClient.Subscription s) {
        return new SubscriptionForm(s.agency(), s.url(), s.alertTypes(), String.join(", ", s.countries()),
                String.join(", ", s.borderPosts()), String.join(", ", s.districts()), s.active());
    }

    WorkerAdminClient.SubscriptionFields fields() {
        // Country codes are upper case by definition; "tha" is what a hurried administrator means by THA.
        return new WorkerAdminClient.SubscriptionFields(agency.strip(), url.strip(), alertTypes,
                split(countries.toUpperCase(Locale.ROOT), "[,\\s]+"), split(borderPosts, ","), split(districts, ","), active);
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}

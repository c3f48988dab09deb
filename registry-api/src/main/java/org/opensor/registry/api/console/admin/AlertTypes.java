package org.opensor.registry.api.console.admin;

import java.util.Arrays;
import java.util.List;
import org.opensor.registry.notification.adminapi.AlertType;

/**
 * The notification worker's alert types, for the subscription form's checkboxes; each one's words are
 * {@code subscription.alertType.<TYPE>} and its {@code .hint} in the bundles (MessageBundlesTest fails on a type
 * without them).
 */
final class AlertTypes {

    /** Every type the worker knows, by name. */
    static final List<String> ALL =
            Arrays.stream(AlertType.values()).map(AlertType::name).toList();

    private AlertTypes() {}
}

package org.opensor.registry.notification.subscription.web;

import org.opensor.registry.notification.adminapi.SubscriptionView;
import org.opensor.registry.notification.subscription.Subscription;

/** A stored subscription as the admin API shows it: filters sorted, never the secret. */
final class SubscriptionViews {

    private SubscriptionViews() {}

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(
                s.id(),
                s.agency(),
                s.unit(),
                s.url().toString(),
                s.filter().alertTypes().stream()
                        .sorted(java.util.Comparator.comparing(Enum::name))
                        .toList(),
                s.filter().countries().stream().sorted().toList(),
                s.filter().borderPosts().stream().sorted().toList(),
                s.filter().districts().stream().sorted().toList(),
                s.active(),
                s.version(),
                s.previousSecretExpiresAt(),
                s.createdAt(),
                s.updatedAt());
    }
}

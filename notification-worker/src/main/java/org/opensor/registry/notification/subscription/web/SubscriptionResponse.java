package org.opensor.registry.notification.subscription.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.notification.subscription.Subscription;

/** A subscription as the administrator sees it: never with a secret. */
record SubscriptionResponse(UUID id, String agency, String unit, String url, List<String> alertTypes, List<String> countries,
                            List<String> borderPosts, List<String> districts, boolean active, long version,
                            Instant previousSecretExpiresAt, Instant createdAt, Instant updatedAt) {

    static SubscriptionResponse from(Subscription s) {
        return new SubscriptionResponse(s.id(), s.agency(), s.unit(), s.url().toString(),
                s.filter().alertTypes().stream().map(Enum::name).sorted().toList(), s.filter().countries().stream().sorted().toList(),
                s.filter().borderPosts().stream().sorted().toList(), s.filter().districts().stream().sorted().toList(),
                s.active(), s.version(), s.previousSecretExpiresAt(), s.createdAt(), s.updatedAt());
    }

    /** The answer to a creation or rotation: the only time the secret is shown. */
    record WithSecret(SubscriptionResponse subscription, String signingSecret) {
    }

    /** One page of subscriptions. */
    record Page(List<SubscriptionResponse> items, int page, int size, long total) {
    }
}

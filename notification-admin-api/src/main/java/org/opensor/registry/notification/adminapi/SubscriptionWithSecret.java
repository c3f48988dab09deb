package org.opensor.registry.notification.adminapi;

/** The answer to a creation or a rotation: the only time the worker shows a signing secret. */
public record SubscriptionWithSecret(SubscriptionView subscription, String signingSecret) {

    @Override
    public String toString() {
        return "SubscriptionWithSecret[" + subscription.id() + "]"; // never print the secret
    }
}

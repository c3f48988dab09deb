package org.opensor.registry.notification.subscription;

import java.util.UUID;

/** No subscription has this id. */
public class SubscriptionNotFound extends RuntimeException {

    public SubscriptionNotFound(UUID id) {
        super("No subscription " + id);
    }
}

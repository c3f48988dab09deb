package org.opensor.registry.notification.subscription;

/** The caller changed a version of the subscription that is no longer the current one (If-Match failed). */
public class StaleSubscription extends RuntimeException {

    public StaleSubscription(long expected, long current) {
        super("The subscription is at version " + current + ", not " + expected
                + ": read it again and reapply the change");
    }
}

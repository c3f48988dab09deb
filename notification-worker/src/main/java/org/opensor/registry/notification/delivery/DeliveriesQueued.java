package org.opensor.registry.notification.delivery;

/**
 * Published when a webhook is queued; once the queuing transaction commits, the dispatcher claims it at once
 * instead of waiting for its next poll.
 */
record DeliveriesQueued() {

    static final DeliveriesQueued INSTANCE = new DeliveriesQueued();
}

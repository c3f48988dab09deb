package org.opensor.registry.notification.delivery;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Notices a receiver coming back. Each failed delivery waits out its own back-off, so after ten minutes down the
 * next tries are spread over the following ten; once one delivery to a subscription gets through again, the
 * deliveries waiting for it are due at once ({@link DeliveryQueue#bringForwardRetries}). A success counts as a
 * recovery when it was itself a retry, or when this instance saw the subscription fail since its last success
 * (a new alert may get through before any retry falls due).
 */
@Component
class ReceiverRecovery {

    private final Set<UUID> failing = ConcurrentHashMap.newKeySet();

    void failed(UUID subscriptionId) {
        failing.add(subscriptionId);
    }

    boolean recovered(DeliveryQueue.Claimed delivered) {
        boolean sawFailures = failing.remove(delivered.subscriptionId());
        return sawFailures || delivered.attempt() > 1;
    }
}

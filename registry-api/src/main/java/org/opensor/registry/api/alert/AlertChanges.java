package org.opensor.registry.api.alert;

import java.util.UUID;

/**
 * Announces a change of an alert to every registry-api instance, not only this one: open streams are spread over
 * the instances, and the instance that takes in a Kafka record or an acknowledgement is rarely the one a given
 * officer is connected to. Called inside the transaction that makes the change; the announcement is delivered
 * only if that transaction commits, and then as one {@link AlertChanged} event on each instance.
 */
public interface AlertChanges {

    void announce(UUID alertId);
}

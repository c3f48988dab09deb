package org.opensor.registry.events.alert;

import java.util.Set;

/**
 * Event types on {@link org.opensor.registry.events.Topics#ALERTS}, keyed by alert id. The notification worker
 * publishes issued, delivered and escalated; registry-api publishes acknowledged. A released type is never edited: add v2.
 */
public final class AlertEventTypes {

    /** An alert was issued by a notification rule. Payload: {@link AlertIssuedV1}. */
    public static final String ISSUED_V1 = "org.opensor.registry.alert.issued.v1";
    /** An alert reached one subscribed agency's webhook. Payload: {@link AlertDeliveredV1}. */
    public static final String DELIVERED_V1 = "org.opensor.registry.alert.delivered.v1";
    /** An alert passed its acknowledgement deadline unacknowledged and went to the duty officer. Payload: {@link AlertEscalatedV1}. */
    public static final String ESCALATED_V1 = "org.opensor.registry.alert.escalated.v1";
    /** A recipient acknowledged an alert; escalation stops. Payload: {@link AlertAcknowledgedV1}. */
    public static final String ACKNOWLEDGED_V1 = "org.opensor.registry.alert.acknowledged.v1";

    /** Every type above. */
    public static final Set<String> ALL = Set.of(ISSUED_V1, DELIVERED_V1, ESCALATED_V1, ACKNOWLEDGED_V1);

    private AlertEventTypes() {}
}

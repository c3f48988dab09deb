package org.opensor.registry.notification.alert;

/** Where an alert stands. Issued → delivered (a first receiver answered) → acknowledged; escalated when the deadline passed unacknowledged. */
public enum AlertState {
    ISSUED,
    DELIVERED,
    ACKNOWLEDGED,
    ESCALATED
}

package org.opensor.registry.notification.delivery;

/** Why a webhook is sent: the alert itself, or its escalation to the duty officer. */
public enum Purpose {
    ISSUED,
    ESCALATED
}

package org.opensor.registry.api.alert;

/** Where an alert stands in the inbox: open, escalated past its deadline, or acknowledged (final). */
public enum AlertState {
    OPEN,
    ESCALATED,
    ACKNOWLEDGED
}

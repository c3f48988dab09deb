package org.opensor.registry.notification.rules;

/** How fast a recipient must act; sets the acknowledgement deadline (NCIC practice: 10 minutes urgent, 1 hour routine). */
public enum Severity {
    ROUTINE,
    URGENT,
    CRITICAL
}

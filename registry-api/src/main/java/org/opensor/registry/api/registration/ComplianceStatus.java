package org.opensor.registry.api.registration;

/** Whether the registrant meets the duty to be verified at the recorded address. */
public enum ComplianceStatus {
    PENDING_FIRST_VERIFICATION,
    COMPLIANT,
    NON_COMPLIANT
}

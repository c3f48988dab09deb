package org.opensor.registry.api.compliance;

/** Why the police must look at a registrant now. */
public enum TaskKind {
    /** A declared departure with no exit seen at the border within the tolerance. */
    NO_SHOW,
    /** The declared return date passed (plus the tolerance) with no entry seen after the exit. */
    OVERDUE_RETURN,
    /** The address verification is overdue: the registrant is now non-compliant. */
    OVERDUE_VERIFICATION,
    /** The registration end the policy computed is near: review, then decide on de-registration with reason and approver. */
    DEREGISTRATION_REVIEW
}

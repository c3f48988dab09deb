package org.opensor.registry.api.deregistration;

/** Why a record leaves the registry's search and screening. */
public enum DeregistrationReason {
    /** The registration period the policy computed is over (approval is refused before its last day). */
    REGISTRATION_PERIOD_ENDED,
    /** The conviction behind the registration was quashed or set aside on appeal or review. */
    CONVICTION_SET_ASIDE,
    /** The person died. */
    DECEASED
}

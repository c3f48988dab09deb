package org.opensor.registry.api.compliance;

/** How a compliance task ended. */
public enum ClosureReason {
    /** The trip happened as declared (or was cancelled in time) and the border simply did not see it. */
    TRAVEL_CONFIRMED,
    /** The registrant was found and the situation settled. */
    PERSON_LOCATED,
    /** The address was verified. */
    VERIFIED,
    /** A breach of the registration duties, sent to the prosecutor. */
    BREACH_REFERRED_TO_PROSECUTOR,
    /** The record was wrong (dates, notice) and has been corrected. */
    RECORD_CORRECTED,
    /** Looked into: no breach. */
    NOT_A_BREACH,
    /** The de-registration was decided (the note names the reason and the approver). */
    DEREGISTRATION_DECIDED
}

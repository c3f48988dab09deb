package org.opensor.registry.api.charge;

/** What the court decided on the accused's liberty until the verdict. */
public enum BailDecision {
    /** Released on bail, under the conditions recorded with the charge. */
    GRANTED,
    /** Held in pre-trial detention. */
    REFUSED,
    /** No decision yet. */
    NOT_DECIDED
}

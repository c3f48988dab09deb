package org.opensor.registry.api.registration;

/** What the police found when they checked the registrant's address. */
public enum VerificationOutcome {
    CONFIRMED_AT_ADDRESS,
    NOT_AT_ADDRESS,
    REFUSED_TO_COOPERATE;

    public boolean compliant() {
        return this == CONFIRMED_AT_ADDRESS;
    }
}

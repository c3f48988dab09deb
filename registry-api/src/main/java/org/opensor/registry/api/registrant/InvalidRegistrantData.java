package org.opensor.registry.api.registrant;

import org.opensor.registry.api.refusal.RuleViolation;

/** Registrant data that breaks a rule (a date in the future, an unknown country code, ...). */
public class InvalidRegistrantData extends RuleViolation {

    public InvalidRegistrantData(String field, String rule, String message) {
        super(field, rule, message);
    }
}

package org.opensor.registry.api.refusal;

/**
 * Input that breaks a registry rule. Names the field and the rule so the caller can fix it; knows nothing
 * of HTTP (the web layer turns it into a 400 problem).
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String rule;

    public RuleViolation(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}

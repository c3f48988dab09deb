package org.opensor.registry.api.refusal;

/**
 * A change the current state does not allow (e.g. releasing someone who is not in custody). Names the rule and
 * the state it was refused in, so the clerk can see what to record first.
 */
public class RefusedTransition extends RuntimeException {

    private final String field;
    private final String rule;
    private final String currentState;

    public RefusedTransition(String field, String rule, String currentState, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
        this.currentState = currentState;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public String currentState() {
        return currentState;
    }
}

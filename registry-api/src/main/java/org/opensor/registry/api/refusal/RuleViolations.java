package org.opensor.registry.api.refusal;

import java.util.List;

/** Several broken rules found in one input: all of them are reported at once, so the caller fixes them in one go. */
public class RuleViolations extends RuntimeException {

    private final List<RuleViolation> violations;

    public RuleViolations(List<RuleViolation> violations) {
        super(violations.size() + " rule(s) broken: "
                + String.join(
                        "; ", violations.stream().map(Throwable::getMessage).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}

package org.opensor.registry.api.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects broken rules while input is checked field by field, then refuses the input with all of them. */
public final class Violations {

    private final List<RuleViolation> found = new ArrayList<>();

    /** Runs one check; a broken rule is kept and null returned, so the next fields are still checked. */
    public <T> T check(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuleViolations many) {
            found.addAll(many.violations());
            return null;
        } catch (RuleViolation one) {
            found.add(one);
            return null;
        }
    }

    public void add(String field, String rule, String message) {
        found.add(new RuleViolation(field, rule, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @throws RuleViolations when any rule was broken */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RuleViolations(found);
        }
    }
}

package org.opensor.registry.api.console;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.opensor.registry.api.rules.RuleViolation;
import org.opensor.registry.api.rules.RuleViolations;
import org.opensor.registry.api.security.PurposeOfAccess;

/**
 * Turns the registry's rule violations into messages beside form fields, in the words the API uses: the same
 * field names and the same sentences, so an officer and an integrator read the same rule.
 */
public final class ConsoleForms {

    private ConsoleForms() {
    }

    /** Field name → message, in the order the rules reported them. */
    public static Map<String, String> errors(RuntimeException violation) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (violation instanceof RuleViolations many) {
            many.violations().forEach(v -> errors.putIfAbsent(v.field(), v.getMessage()));
        } else if (violation instanceof RuleViolation one) {
            errors.put(one.field(), one.getMessage());
        } else {
            errors.put("", violation.getMessage());
        }
        return errors;
    }

    /** The purpose rule speaks of the API's header; in a form it is the Purpose field. */
    public static String inConsoleWords(String purposeProblem) {
        return purposeProblem.replace(PurposeOfAccess.HEADER, "Purpose");
    }

    /**
     * Bean Validation's findings on an API request record, worded as the API words them ({@code field message},
     * e.g. {@code legs[0].pointOfArrival must not be blank}); the page puts them in the order of its fields.
     */
    public static Map<String, String> errors(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getPropertyPath() + " " + v.getMessage()));
        return errors;
    }
}

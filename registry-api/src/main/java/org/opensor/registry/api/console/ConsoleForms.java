package org.opensor.registry.api.console;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.security.PurposeOfAccess;

/**
 * Turns the registry's rule violations into messages beside form fields, in the reader's language and words: each
 * (field, rule) pair is looked up in the bundles ({@code error.<field>.<rule>}, then {@code error.rule.<rule>}
 * naming the field by its label), and only a rule no bundle words yet keeps the API's English sentence.
 */
public final class ConsoleForms {

    private ConsoleForms() {}

    /** Field name → message, in the order the rules reported them. */
    public static Map<String, String> errors(RuntimeException violation) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (violation instanceof RuleViolations many) {
            many.violations().forEach(v -> errors.putIfAbsent(v.field(), words(v)));
        } else if (violation instanceof RuleViolation one) {
            errors.put(one.field(), words(one));
        } else {
            errors.put("", violation.getMessage());
        }
        return errors;
    }

    /** The purpose rule speaks of the API's header; in a form it is the Purpose field, in the reader's words. */
    public static String inConsoleWords(String purposeProblem) {
        String key = purposeProblem.contains("longer than")
                ? "error.purpose.tooLong"
                : purposeProblem.contains("is required") ? "error.purpose.required" : "error.rule.purpose-of-access";
        return ConsoleText.first(purposeProblem.replace(PurposeOfAccess.HEADER, "Purpose"), null, key);
    }

    /**
     * Bean Validation's findings on an API request record, worded as the API words them ({@code field message},
     * e.g. {@code legs[0].pointOfArrival must not be blank}); the page puts them in the order of its fields.
     */
    public static Map<String, String> errors(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), words(v)));
        return errors;
    }

    /**
     * Another service's finding on {@code field} (the notification worker's Bean Validation, named by its
     * constraint) in the reader's words, or {@code english} when no bundle words it.
     */
    public static String words(String field, String rule, String english) {
        String generic = generic(field);
        return ConsoleText.first(
                english, new Object[] {label(generic)}, "error." + generic + "." + rule, "error.constraint." + rule);
    }

    /** A broken registry rule in the reader's words. */
    public static String words(RuleViolation v) {
        String field = generic(v.field());
        return ConsoleText.first(
                v.getMessage(),
                new Object[] {label(field)},
                "error." + field + "." + v.rule(),
                "error.rule." + v.rule());
    }

    /** A refused change of state (a custody event the current status does not allow) in the reader's words. */
    public static String words(RefusedTransition t) {
        String field = generic(t.field());
        return ConsoleText.first(
                t.getMessage(),
                new Object[] {label(field)},
                "error." + field + "." + t.rule(),
                "error.rule." + t.rule());
    }

    /** A Bean Validation finding in the reader's words: {0} the field's label, {1} and {2} the bounds of a size. */
    public static String words(ConstraintViolation<?> v) {
        return words(v, v.getPropertyPath().toString());
    }

    /** The same, for a finding a form shows under another name ({@code nationalities[0]} for a list element). */
    public static String words(ConstraintViolation<?> v, String path) {
        String field = generic(path);
        String constraint =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object[] arguments = {
            label(field), attributes.getOrDefault("min", attributes.get("value")), attributes.get("max")
        };
        return ConsoleText.first(
                path + " " + v.getMessage(),
                arguments,
                "error." + field + "." + constraint,
                "error.constraint." + constraint);
    }

    /** {@code legs[1].pointOfArrival} → {@code legs.pointOfArrival}: one wording for every row of a list. */
    static String generic(String path) {
        return path == null ? "" : path.replaceAll("\\[\\d+]", "");
    }

    private static String label(String field) {
        return ConsoleText.first(ConsoleText.first(field, null, "field.unknown"), null, "field." + field);
    }
}

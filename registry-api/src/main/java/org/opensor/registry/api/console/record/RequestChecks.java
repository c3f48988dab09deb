package org.opensor.registry.api.console.record;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.Violations;
import org.springframework.stereotype.Component;

/**
 * Checks a console form the way the API checks the same request: first the text the form could not turn into
 * dates and constants, then the request body's Bean Validation (in the reader's words, {@link ConsoleForms#words}),
 * then the domain's rules. Errors come back by form field, so each shows beside the input it is about.
 */
@Component
class RequestChecks {

    private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)]");

    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    /** Field → message for what the form could not convert and what the request's own constraints refuse. */
    Map<String, String> check(Violations conversions, Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            conversions.throwIfAny();
        } catch (RuleViolations e) {
            errors.putAll(ConsoleForms.errors(e));
        }
        validator.validate(request).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String field = v.getPropertyPath()
                            .toString()
                            .replace(".<list element>", "")
                            .replace(".<iterable element>", "");
                    errors.putIfAbsent(field, ConsoleForms.words(v, field));
                });
        return errors;
    }

    /**
     * The request numbers only the rows that were filled in; the form shows all its rows. Puts each error back on
     * the row the officer typed it in ({@code aliases[1]} of the request may be row 2 of the form).
     */
    static Map<String, String> onFormRows(Map<String, String> errors, Map<String, List<Integer>> filledRows) {
        Map<String, String> mapped = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Matcher m = ROW.matcher(field);
            List<Integer> rows = m.find() ? filledRows.get(m.group(1)) : null;
            int index = rows == null ? -1 : Integer.parseInt(m.group(2));
            if (rows != null && index < rows.size()) {
                String formField = m.group(1) + "[" + rows.get(index) + "]";
                String requestField = m.group(1) + "[" + index + "]";
                mapped.putIfAbsent(formField + field.substring(m.end()), message.replace(requestField, formField));
            } else {
                mapped.putIfAbsent(field, message);
            }
        });
        return mapped;
    }
}

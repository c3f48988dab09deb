package org.opensor.registry.api.console.record;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;

/**
 * What the forms that add to a record share: the version the officer saw travels in a hidden field and becomes the
 * API's {@code If-Match}, and every refusal of the write (broken rule, refused transition, stale version) comes back
 * as messages for the form instead of an error page. The service writes all or nothing, so a refusal leaves no trace.
 */
final class RecordWrites {

    /** The key of messages about the whole form rather than one field (shown in the summary only). */
    static final String WHOLE_FORM = "";

    private RecordWrites() {}

    /** The version the form was opened on, or null (no check) when the field is missing or mangled. */
    static Long version(FormValues form) {
        try {
            return form.text("version") == null ? null : Long.valueOf(form.text("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Field → message for a refused write; the stale case also gives the current version to carry next time. */
    static Map<String, String> refusal(RuntimeException refused, FormValues form) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (refused) {
            case RuleViolation one -> errors.putAll(ConsoleForms.errors(one));
            case RuleViolations many -> errors.putAll(ConsoleForms.errors(many));
            case RefusedTransition transition -> errors.put(transition.field(), ConsoleForms.words(transition));
            case StaleVersion stale ->
                errors.put(WHOLE_FORM, ConsoleText.first(stale.getMessage(), null, "record.form.stale"));
            default -> throw refused;
        }
        return errors;
    }

    /**
     * The form to show again: as typed, except that after a stale write it carries the current version, so that a
     * second submit, made knowingly, goes through.
     */
    static FormValues again(FormValues form, RuntimeException refused) {
        return refused instanceof StaleVersion stale ? form.with("version", Long.toString(stale.current())) : form;
    }
}

package org.opensor.registry.api.console.record;

import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.ConsoleText;
import org.springframework.stereotype.Component;

/**
 * The API's constants in words for people, in the reader's language: {@code RELEASED_ON_BAIL} → "Released on bail"
 * ({@code enum.<CONSTANT>} in the console bundles; a constant no bundle words yet is spelt out in English). Templates
 * call it as {@code @recordLabels.of(...)}.
 */
@Component("recordLabels")
public class Labels {

    private final ConsoleDates dates;

    Labels(ConsoleDates dates) {
        this.dates = dates;
    }

    public static String of(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return ConsoleText.first(Character.toUpperCase(words.charAt(0)) + words.substring(1), null, "enum." + constant);
    }

    /** A moment in the registry's one zone (named in every page's footer), as the reader's language writes it. */
    public String when(java.time.Instant at) {
        return at == null ? "" : dates.dateTime(at);
    }

    /** For templates (a bean method; SpEL reaches static methods only through T(...)). */
    public String label(Object constant) {
        return constant == null ? "" : of(constant.toString());
    }
}

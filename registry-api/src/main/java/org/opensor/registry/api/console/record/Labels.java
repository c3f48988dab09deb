package org.opensor.registry.api.console.record;

import org.springframework.stereotype.Component;

/**
 * The API's constants in words for people: {@code RELEASED_ON_BAIL} → "Released on bail". Templates call it as
 * {@code @recordLabels.of(...)}; the constant itself stays visible where an officer may need to quote it.
 */
@Component("recordLabels")
public class Labels {

    public static String of(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A moment as the registry records it (UTC), to the minute. */
    public String when(java.time.Instant at) {
        return at == null ? "" : WHEN.format(at) + " UTC";
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

    /** For templates (a bean method; SpEL reaches static methods only through T(...)). */
    public String label(Object constant) {
        return constant == null ? "" : of(constant.toString());
    }
}

package org.opensor.registry.api.refusal;

import java.util.List;

/** Small helpers for free-text input: trimmed, blank means absent. */
public final class Texts {

    private Texts() {}

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Trimmed, blanks dropped, duplicates removed, order kept. */
    public static List<String> cleanList(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}

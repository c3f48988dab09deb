package org.opensor.registry.api.console.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.refusal.Violations;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the officer typed into a console form, by the API's field names ({@code familyName},
 * {@code aliases[0].dateOfBirth}). Kept as text so a form shown again with errors shows exactly what was typed;
 * turned into dates and constants here, with the API's words when that fails, so a typo never becomes a 500.
 */
public final class FormValues {

    private final MultiValueMap<String, String> values;

    public FormValues(MultiValueMap<String, String> values) {
        this.values = values == null ? new LinkedMultiValueMap<>() : values;
    }

    public static FormValues empty() {
        return new FormValues(new LinkedMultiValueMap<>());
    }

    public static FormValues of(Map<String, String> values) {
        LinkedMultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                map.add(k, v);
            }
        });
        return new FormValues(map);
    }

    /** A copy with one field set (e.g. a hidden field the server fills). */
    public FormValues with(String field, String value) {
        LinkedMultiValueMap<String, String> copy = new LinkedMultiValueMap<>(values);
        copy.set(field, value);
        return new FormValues(copy);
    }

    /** The text typed into this field, or "" (for templates: {@code form.get('familyName')}). */
    public String get(String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value;
    }

    /** Whether a checkbox or radio with this value was chosen. */
    public boolean is(String field, String value) {
        List<String> chosen = values.get(field);
        return chosen != null && chosen.contains(value);
    }

    /** The text with spaces trimmed, or null when nothing was typed. */
    public String text(String field) {
        String value = get(field).strip();
        return value.isEmpty() ? null : value;
    }

    /** Upper-cased code (country codes are typed in any case). */
    public String code(String field) {
        String value = text(field);
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    public boolean checked(String field) {
        return "true".equals(get(field)) || "on".equals(get(field));
    }

    /** A calendar date {@code YYYY-MM-DD}; anything else is reported as the API reports it in a JSON body. */
    public LocalDate date(String field, Violations violations) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(field, "calendar-date", field + " is not a date in the calendar (YYYY-MM-DD).");
            return null;
        }
    }

    public Integer number(String field, Violations violations) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            violations.add(field, "type", field + " has a value of the wrong type or an unknown constant.");
            return null;
        }
    }

    /** One of the API's constants, as a select or radio sends it. */
    public <E extends Enum<E>> E constant(String field, Class<E> type, Violations violations) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(field, "type", field + " has a value of the wrong type or an unknown constant.");
            return null;
        }
    }

    /** The filled rows of a repeated part ({@code aliases[0]}, {@code aliases[1]}, ...), by their index in the form. */
    public List<Integer> filledRows(String prefix, int rows, String... fields) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (String field : fields) {
                if (text(prefix + "[" + i + "]" + (field.isEmpty() ? "" : "." + field)) != null) {
                    filled.add(i);
                    break;
                }
            }
        }
        return filled;
    }

    /** How many rows the form had for a repeated part, so it shows them all again, and at least {@code min}. */
    public int rows(String prefix, int min) {
        int max = -1;
        for (String key : values.keySet()) {
            if (key.startsWith(prefix + "[")) {
                int end = key.indexOf(']');
                try {
                    max = Math.max(max, Integer.parseInt(key.substring(prefix.length() + 1, end)));
                } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
                    // not a row index: ignored
                }
            }
        }
        return Math.min(Math.max(min, max + 1), 20);
    }
}

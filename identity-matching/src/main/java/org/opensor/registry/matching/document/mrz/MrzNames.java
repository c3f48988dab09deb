package org.opensor.registry.matching.document.mrz;

import java.util.ArrayList;
import java.util.List;

/**
 * The name field of an MRZ: primary identifier (surname) and secondary identifiers (given names) separated by
 * {@code <<}; words within each separated by {@code <}.
 */
record MrzNames(String primary, List<String> secondary, boolean possiblyTruncated) {

    static MrzNames parse(String field) {
        // The standard truncates names that do not fit and then the field ends without filler.
        boolean truncated = !field.endsWith("<");
        String trimmed = stripTrailingFiller(field);
        int separator = trimmed.indexOf("<<");
        String primary = separator < 0 ? trimmed : trimmed.substring(0, separator);
        List<String> secondary = new ArrayList<>();
        if (separator >= 0) {
            for (String word : trimmed.substring(separator + 2).split("<+")) {
                if (!word.isEmpty()) {
                    secondary.add(word);
                }
            }
        }
        String surname = primary.replaceAll("<+", " ").strip();
        return new MrzNames(surname.isEmpty() ? null : surname, List.copyOf(secondary), truncated);
    }

    static String stripTrailingFiller(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '<') {
            end--;
        }
        return value.substring(0, end);
    }
}

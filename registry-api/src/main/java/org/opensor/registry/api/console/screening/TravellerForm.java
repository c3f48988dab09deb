package org.opensor.registry.api.console.screening;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The screening form: an MRZ as read by the passport reader, or typed fields, and where the officer stands. The
 * same fields and the same constraints as the API's screening request, so a wrong value gets the API's words.
 */
public record TravellerForm(
        @Size(max = 200) String mrz,
        @Size(max = 100) String surname,
        @Size(max = 200) String givenNames,

        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String dateOfBirth,

        @Pattern(regexp = "FEMALE|MALE|OTHER|UNKNOWN", message = "must be one of FEMALE, MALE, OTHER, UNKNOWN")
        String sex,

        @Size(max = 10) String nationality,
        @Size(max = 30) String documentNumber,

        @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be a border post or airport code")
        String borderPost,

        @Size(max = 10) String country,

        @Pattern(regexp = "ARRIVAL|DEPARTURE", message = "must be ARRIVAL or DEPARTURE")
        String direction) {

    /** Blank fields are absent, codes are upper case: what an officer types is forgiven as the passport reader's text is. */
    public TravellerForm {
        mrz = blankToNull(mrz);
        surname = trim(surname);
        givenNames = trim(givenNames);
        dateOfBirth = trim(dateOfBirth);
        sex = upper(sex);
        nationality = upper(nationality);
        documentNumber = upper(documentNumber);
        borderPost = upper(borderPost);
        country = upper(country);
        direction = upper(direction);
    }

    static TravellerForm empty(Checkpoints.Remembered at) {
        return new TravellerForm(
                null, null, null, null, null, null, null, at.borderPost(), at.country(), at.direction());
    }

    boolean hasMrz() {
        return mrz != null;
    }

    /** Lines as the reader gave them, without the blank lines a paste may bring. */
    String mrzText() {
        return mrz == null
                ? null
                : mrz.strip()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

package org.opensor.registry.matching.document.mrz;

import java.util.Arrays;
import java.util.List;
import org.opensor.registry.matching.document.Severity;

/**
 * Something found wrong or corrected while reading an MRZ, precise enough for an officer to look at the document.
 *
 * @param severity  {@link Severity#ERROR} when a value is wrong or unreadable, {@link Severity#WARNING} when it was
 *                  corrected (OCR slip) or is unusual
 * @param field     the field concerned, e.g. {@code "document number check digit"}
 * @param line      1-based line of the MRZ, or 0 for the whole zone
 * @param position  1-based character position in that line, or 0 for the whole line
 * @param expected  what the field allows or what was computed, e.g. {@code "6"} or {@code "a digit"}; may be empty
 * @param found     what was on the document; may be empty
 * @param message   the finding in English, e.g. {@code "read 'O' as '0'"} (the API's words)
 * @param code      what kind of finding, for a reader in another language (e.g. {@code ocrCorrected.digit}); {@link
 *                  #WORDED} when it has only its English
 * @param arguments the finding's particulars as read (characters, digits, line numbers), in the order its wording takes
 */
public record MrzFinding(
        Severity severity,
        String field,
        int line,
        int position,
        String expected,
        String found,
        String message,
        String code,
        List<String> arguments) {

    /** The code of a finding known only by its English words. */
    public static final String WORDED = "worded";

    /** Every code the reader gives its findings, so that a reader in another language can be held to word each. */
    public static final List<String> CODES = List.of(
            "spacesRemoved",
            "notAZone",
            "lineTooShort",
            "lineTooLong",
            "ocrCorrected.letter",
            "ocrCorrected.digit",
            "ocrRepaired",
            "notAllowed.letterOrFiller",
            "notAllowed.digit",
            "notAllowed.digitOrFiller",
            "notAllowed.alphanumericOrFiller",
            "checkDigitMismatch",
            "documentCodeMissing",
            "documentCodeUnusual",
            "stateCodeUnreadable",
            "stateCodeUnknown",
            "nameEmpty",
            "nameTruncated",
            "longNumberWithoutCheck",
            "sexUnreadable",
            "birthDateNotGiven",
            "notADate");

    public MrzFinding {
        arguments = List.copyOf(arguments);
    }

    public MrzFinding(
            Severity severity, String field, int line, int position, String expected, String found, String message) {
        this(severity, field, line, position, expected, found, message, WORDED, List.of());
    }

    static MrzFinding coded(
            Severity severity,
            String field,
            int line,
            int position,
            String expected,
            String found,
            String code,
            String message,
            Object... arguments) {
        return new MrzFinding(
                severity,
                field,
                line,
                position,
                expected,
                found,
                message,
                code,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** E.g. {@code "WARNING document number check digit: read 'O' as '0' at line 2 position 10"}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(severity)
                .append(' ')
                .append(field)
                .append(": ")
                .append(message);
        if (line > 0) {
            text.append(" at line ").append(line);
            if (position > 0) {
                text.append(" position ").append(position);
            }
        }
        return text.toString();
    }
}

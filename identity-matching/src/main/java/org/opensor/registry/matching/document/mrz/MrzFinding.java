package org.opensor.registry.matching.document.mrz;

import org.opensor.registry.matching.document.Severity;

/**
 * Something found wrong or corrected while reading an MRZ, precise enough for an officer to look at the document.
 *
 * @param severity {@link Severity#ERROR} when a value is wrong or unreadable, {@link Severity#WARNING} when it was
 *                 corrected (OCR slip) or is unusual
 * @param field    the field concerned, e.g. {@code "document number check digit"}
 * @param line     1-based line of the MRZ, or 0 for the whole zone
 * @param position 1-based character position in that line, or 0 for the whole line
 * @param expected what the field allows or what was computed, e.g. {@code "6"} or {@code "a digit"}; may be empty
 * @param found    what was on the document; may be empty
 * @param message  the finding in words, e.g. {@code "read 'O' as '0'"}
 */
public record MrzFinding(
        Severity severity, String field, int line, int position, String expected, String found, String message) {

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

package org.opensor.registry.matching.document.mrz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opensor.registry.matching.document.Severity;
import org.opensor.registry.matching.document.mrz.MrzLayout.Span;

/**
 * Reads fields out of MRZ lines by character type, correcting OCR lookalikes the type rules out (a letter in a
 * digit field and back) in its own copy of the lines, so later check digits are computed over corrected text.
 * Every correction and every unreadable character becomes a finding.
 */
final class MrzFieldReader {

    private final char[][] lines;
    private final List<MrzFinding> findings;
    private final Set<Span> digitSpansRead = new HashSet<>();
    private List<Span> compositeData = List.of();
    private Span compositeCheck;

    MrzFieldReader(List<String> lines, List<MrzFinding> findings) {
        this.lines = lines.stream().map(String::toCharArray).toArray(char[][]::new);
        this.findings = findings;
    }

    /**
     * A repair guided by one check digit must also satisfy the composite check digit: otherwise a damaged check
     * digit could "repair" a correct number into a wrong one.
     */
    void guardRepairsWithComposite(List<Span> data, Span check) {
        compositeData = data;
        compositeCheck = check;
    }

    /** The span's text as corrected so far. */
    String text(Span span) {
        return new String(lines[span.line() - 1], span.start() - 1, span.length());
    }

    List<String> correctedLines() {
        List<String> result = new ArrayList<>();
        for (char[] line : lines) {
            result.add(new String(line));
        }
        return result;
    }

    /** A field of letters and fillers: state codes, names, document code. */
    String letters(String field, Span span) {
        for (int i = 0; i < span.length(); i++) {
            char c = charAt(span, i);
            if (isLetter(c) || c == '<') {
                continue;
            }
            char letter = OcrLookalikes.asLetter(c);
            if (letter != c) {
                correct(field, span, i, letter, "a letter", "ocrCorrected.letter");
            } else {
                error(field, span, i, "a letter or '<'", "notAllowed.letterOrFiller", c);
            }
        }
        return text(span);
    }

    /** A field of digits (dates); fillers only where the standard lets a value be unknown. */
    String digits(String field, Span span, boolean fillerAllowed) {
        if (!digitSpansRead.add(span)) {
            return text(span); // corrected and reported the first time
        }
        for (int i = 0; i < span.length(); i++) {
            char c = charAt(span, i);
            if (isDigit(c) || (fillerAllowed && c == '<')) {
                continue;
            }
            char digit = OcrLookalikes.asDigit(c);
            if (digit != c) {
                correct(field, span, i, digit, "a digit", "ocrCorrected.digit");
            } else {
                error(
                        field,
                        span,
                        i,
                        fillerAllowed ? "a digit or '<'" : "a digit",
                        fillerAllowed ? "notAllowed.digitOrFiller" : "notAllowed.digit",
                        c);
            }
        }
        return text(span);
    }

    /** A field where letters and digits are both legal (document number, optional data): no type-based fix. */
    String alphanumeric(String field, Span span) {
        for (int i = 0; i < span.length(); i++) {
            char c = charAt(span, i);
            if (!isLetter(c) && !isDigit(c) && c != '<') {
                error(field, span, i, "a letter, a digit or '<'", "notAllowed.alphanumericOrFiller", c);
            }
        }
        return text(span);
    }

    /**
     * Checks the digit at {@code check} against the data spans. On a mismatch, tries swapping one OCR lookalike in
     * {@code repairable} (a field that allows both letters and digits, so only the check digit can tell); a single
     * swap that makes the digit agree is applied and reported.
     *
     * @return true if the check digit agrees (possibly after a repair)
     */
    boolean verify(String field, List<Span> data, Span check, Span repairable) {
        String checkField = field + " check digit";
        char found = digits(checkField, check, false).charAt(0);
        if (!isDigit(found)) {
            return false; // already reported as unreadable
        }
        int expected = CheckDigit.of(join(data));
        if (expected == found - '0') {
            return true;
        }
        if (repairable != null && repairOneLookalike(field, data, check, repairable, found - '0')) {
            return true;
        }
        findings.add(MrzFinding.coded(
                Severity.ERROR,
                checkField,
                check.line(),
                check.start(),
                Integer.toString(expected),
                Character.toString(found),
                "checkDigitMismatch",
                "check digit does not match: computed " + expected + ", document has " + found,
                expected,
                found));
        return false;
    }

    private boolean repairOneLookalike(String field, List<Span> data, Span check, Span repairable, int wanted) {
        int fix = -1;
        for (int i = 0; i < repairable.length(); i++) {
            char original = charAt(repairable, i);
            char other = OcrLookalikes.counterpart(original);
            if (other == original) {
                continue;
            }
            set(repairable, i, other);
            boolean agrees = CheckDigit.of(join(data)) == wanted && compositeAgrees();
            set(repairable, i, original);
            if (agrees) {
                if (fix >= 0) {
                    return false; // two different fixes would fit: the document must be looked at
                }
                fix = i;
            }
        }
        if (fix < 0) {
            return false;
        }
        char original = charAt(repairable, fix);
        char other = OcrLookalikes.counterpart(original);
        set(repairable, fix, other);
        findings.add(MrzFinding.coded(
                Severity.WARNING,
                field,
                repairable.line(),
                repairable.start() + fix,
                Character.toString(other),
                Character.toString(original),
                "ocrRepaired",
                "read '" + original + "' as '" + other + "' (the only reading the check digit at position "
                        + check.start() + " agrees with)",
                original,
                other,
                check.start()));
        return true;
    }

    private boolean compositeAgrees() {
        if (compositeCheck == null) {
            return true;
        }
        char check = text(compositeCheck).charAt(0);
        return isDigit(check) && CheckDigit.of(join(compositeData)) == check - '0';
    }

    String join(List<Span> spans) {
        StringBuilder data = new StringBuilder();
        for (Span span : spans) {
            data.append(text(span));
        }
        return data.toString();
    }

    void report(
            Severity severity,
            String field,
            Span span,
            String expected,
            String found,
            String code,
            String message,
            Object... arguments) {
        findings.add(MrzFinding.coded(
                severity, field, span.line(), span.start(), expected, found, code, message, arguments));
    }

    private void correct(String field, Span span, int offset, char corrected, String expected, String code) {
        char found = charAt(span, offset);
        set(span, offset, corrected);
        findings.add(MrzFinding.coded(
                Severity.WARNING,
                field,
                span.line(),
                span.start() + offset,
                expected,
                Character.toString(found),
                code,
                "read '" + found + "' as '" + corrected + "'",
                found,
                corrected));
    }

    private void error(String field, Span span, int offset, String expected, String code, char found) {
        findings.add(MrzFinding.coded(
                Severity.ERROR,
                field,
                span.line(),
                span.start() + offset,
                expected,
                Character.toString(found),
                code,
                "'" + found + "' is not allowed here, expected " + expected,
                found));
    }

    private char charAt(Span span, int offset) {
        return lines[span.line() - 1][span.start() - 1 + offset];
    }

    private void set(Span span, int offset, char c) {
        lines[span.line() - 1][span.start() - 1 + offset] = c;
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package org.opensor.registry.api.decree;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensor.registry.api.refusal.Violations;

/**
 * Reads a decree's list of beneficiaries as a clerk types or uploads it: CSV (comma, semicolon, tab or bar) or plain
 * text, one person per line, in Khmer or Latin script: the name, then optionally a date of birth and a document or
 * prison number. Khmer digits are read as digits; a header line and blank or {@code #} lines are skipped. Every bad
 * line is reported at once, naming the line and the rule.
 */
public final class BeneficiaryListParser {

    /** A decree lists at most this many people. */
    public static final int MAX_LINES = 2000;

    static final int MAX_NAME = 200;

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}([/.-]\\d{1,2}){0,2}([/.-]\\d{4})?");
    private static final Pattern DOCUMENT_LIKE = Pattern.compile("(?=.*\\d)[A-Za-z0-9/-]{5,}");

    private BeneficiaryListParser() {}

    /** The lines of {@code text}; field names in violations are {@code <field>[line N].<part>}. */
    public static List<BeneficiaryLine> parse(String text, String field) {
        Violations violations = new Violations();
        List<String> rows = text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList();
        char delimiter = delimiterOf(rows);
        List<BeneficiaryLine> lines = new ArrayList<>();
        int number = 0;
        for (String row : rows) {
            List<String> cells = delimiter == 0 ? plainText(row) : split(row, delimiter);
            if (number == 0 && lines.isEmpty() && isHeader(cells.getFirst())) {
                continue;
            }
            number++;
            String name = cells.getFirst();
            String dateOfBirth = cells.size() > 1 ? cells.get(1) : null;
            String document = cells.size() > 2 ? cells.get(2) : null;
            BeneficiaryLine line =
                    check(number, name, dateOfBirth, document, field + "[line " + number + "]", violations);
            if (line != null) {
                lines.add(line);
            }
        }
        if (number == 0) {
            violations.add(
                    field,
                    "at-least-one-line",
                    field + " lists nobody: one person per line (name, date of birth, document number)");
        } else if (number > MAX_LINES) {
            violations.add(
                    field,
                    "at-most-" + MAX_LINES + "-lines",
                    field + " has " + number + " lines; a decree lists at most " + MAX_LINES);
        }
        violations.throwIfAny();
        return lines;
    }

    /** One typed or read line, checked; null (and a violation) when it is bad. */
    public static BeneficiaryLine check(
            int number, String name, String dateOfBirth, String document, String field, Violations violations) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        boolean ok = true;
        if (cleanName.isEmpty()) {
            violations.add(field + ".name", "required", "line " + number + " has no name");
            ok = false;
        } else if (cleanName.length() > MAX_NAME) {
            violations.add(
                    field + ".name",
                    "at-most-" + MAX_NAME + "-characters",
                    "line " + number + ": the name is longer than " + MAX_NAME);
            ok = false;
        }
        String date = blankToNull(dateOfBirth) == null ? null : partialDate(asciiDigits(dateOfBirth.strip()));
        if (blankToNull(dateOfBirth) != null && date == null) {
            violations.add(
                    field + ".dateOfBirth",
                    "partial-date",
                    "line " + number + ": the date of birth is not YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY");
            ok = false;
        }
        String doc = blankToNull(document) == null
                ? null
                : asciiDigits(document.strip()).toUpperCase(Locale.ROOT);
        if (doc != null && doc.length() > 40) {
            violations.add(
                    field + ".documentNumber",
                    "at-most-40-characters",
                    "line " + number + ": the document number is too long");
            ok = false;
        }
        return ok ? new BeneficiaryLine(number, cleanName, date, doc) : null;
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} for a valid partial date, else null. */
    static String partialDate(String text) {
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            text = dayFirst.group(3) + "-" + dayFirst.group(2) + "-" + dayFirst.group(1);
        }
        Matcher iso = ISO.matcher(text);
        if (!iso.matches()) {
            return null;
        }
        int year = Integer.parseInt(iso.group(1));
        if (year < 1900 || year > 2100) {
            return null;
        }
        if (iso.group(2) == null) {
            return "%04d".formatted(year);
        }
        int month = Integer.parseInt(iso.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        if (iso.group(3) == null) {
            return "%04d-%02d".formatted(year, month);
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(iso.group(3))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Khmer digits (U+17E0..U+17E9) as ASCII digits. */
    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0x17E0 && c <= 0x17E9 ? '0' + (c - 0x17E0) : c));
        return out.toString();
    }

    private static char delimiterOf(List<String> rows) {
        for (char candidate : new char[] {'\t', ';', ',', '|'}) {
            if (rows.stream().anyMatch(r -> r.indexOf(candidate) >= 0)) {
                return candidate;
            }
        }
        return 0;
    }

    /** A line with no delimiter: trailing words that look like a document number and a date are taken as such. */
    private static List<String> plainText(String row) {
        List<String> words = new ArrayList<>(List.of(row.split("\\s+")));
        String document = null;
        String date = null;
        for (int i = 0; i < 2 && words.size() > 1; i++) {
            String last = asciiDigits(words.getLast());
            if (date == null && DATE_LIKE.matcher(last).matches()) {
                date = words.removeLast();
            } else if (document == null
                    && date == null
                    && DOCUMENT_LIKE.matcher(last).matches()) {
                document = words.removeLast();
            } else {
                break;
            }
        }
        List<String> cells = new ArrayList<>();
        cells.add(String.join(" ", words));
        cells.add(date);
        cells.add(document);
        return cells;
    }

    private static List<String> split(String row, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static boolean isHeader(String first) {
        String cell = first.strip().toLowerCase(Locale.ROOT);
        return cell.equals("name")
                || cell.equals("names")
                || cell.equals("full name")
                || cell.equals("ឈ្មោះ")
                || cell.equals("នាមត្រកូល និងនាមខ្លួន");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

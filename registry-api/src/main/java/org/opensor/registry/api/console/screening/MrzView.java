package org.opensor.registry.api.console.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.IcaoStateCodes;
import org.opensor.registry.matching.document.TravelDocument;
import org.opensor.registry.matching.document.TravelDocumentHolder;
import org.opensor.registry.matching.document.mrz.MrzFinding;
import org.opensor.registry.matching.document.mrz.MrzReading;
import org.springframework.context.MessageSource;

/**
 * An MRZ as the officer checks it against the document in hand: each field read, each failed check (which makes
 * the reading untrustworthy, so nobody is screened on it) and each OCR slip the reader corrected, all in the reader's
 * language: labels and kinds from {@code screening.mrz.*}, each finding from its code ({@code
 * screening.mrz.finding.<code>}); a finding without words keeps the reader's English, marked so.
 *
 * @param format   e.g. {@code TD3}; null when the text is no MRZ
 * @param lines    the lines as read, after corrections
 * @param fields   label and value, in the order they stand on the document; unreadable values are null
 * @param failures the failed checks (errors)
 * @param warnings the corrections and oddities
 */
public record MrzView(
        String format, List<String> lines, List<Field> fields, List<Finding> failures, List<Finding> warnings) {

    public record Field(String label, String value) {}

    /**
     * One finding, located so the officer can find it on the document, in the reader's words.
     *
     * @param english the message is the reader's English (a finding without words): the page marks it so
     */
    public record Finding(
            String field,
            String message,
            int line,
            int position,
            String expected,
            String found,
            String where,
            boolean english) {}

    /** The bundles in one language. */
    private record Words(MessageSource messages, Locale locale) {

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        /** The words of {@code key}, or {@code otherwise} when no bundle has it. */
        String or(String otherwise, String key, Object... arguments) {
            return messages.getMessage(key, arguments, otherwise, locale);
        }
    }

    static MrzView of(MrzReading reading, MessageSource messages, Locale locale) {
        Words words = new Words(messages, locale);
        List<Field> fields = new ArrayList<>();
        TravelDocumentHolder holder = reading.holder();
        TravelDocument document = holder == null ? null : reading.document();
        fields.add(new Field(label(words, "documentType"), documentType(words, reading.documentCode())));
        fields.add(new Field(label(words, "issuingState"), document == null ? null : document.issuingState()));
        fields.add(new Field(label(words, "documentNumber"), document == null ? null : document.number()));
        fields.add(new Field(label(words, "surname"), holder == null ? null : holder.surname()));
        fields.add(
                new Field(label(words, "givenNames"), holder == null ? null : blankToNull(holder.givenNamesJoined())));
        fields.add(new Field(
                label(words, "nationality"), holder == null ? null : nationality(words, holder.nationality())));
        fields.add(new Field(
                label(words, "dateOfBirth"),
                holder == null || holder.dateOfBirth() == null
                        ? null
                        : holder.dateOfBirth().toString()));
        fields.add(new Field(label(words, "sex"), holder == null ? null : sex(words, holder.sex())));
        // Expiry is a fact about the document, shown with its date, not among the reader's corrections.
        fields.add(new Field(
                label(words, "dateOfExpiry"),
                document == null || document.expiry() == null
                        ? null
                        : reading.documentExpired()
                                ? words.get(
                                        "screening.mrz.expired",
                                        document.expiry().toString())
                                : document.expiry().toString()));
        if (reading.optionalData1() != null && !reading.optionalData1().isEmpty()) {
            fields.add(new Field(label(words, "optionalData"), reading.optionalData1()));
        }
        return new MrzView(
                reading.format() == null ? null : reading.format().name(),
                reading.lines(),
                fields,
                reading.errors().stream().map(f -> finding(words, f)).toList(),
                reading.warnings().stream().map(f -> finding(words, f)).toList());
    }

    private static Finding finding(Words words, MrzFinding f) {
        Object[] arguments = f.arguments().toArray();
        String message = MrzFinding.WORDED.equals(f.code())
                ? null
                : words.or(null, "screening.mrz.finding." + f.code(), arguments);
        return new Finding(
                checkWords(words, f.field()),
                message == null ? f.message() : message,
                f.line(),
                f.position(),
                words.or(f.expected(), "screening.mrz.expected." + f.code(), arguments),
                words.or(f.found(), "screening.mrz.found." + f.code(), arguments),
                where(words, f.line(), f.position()),
                message == null);
    }

    /** "document number check digit" → {@code screening.mrz.check.document-number-check-digit}; "line 2" by number. */
    private static String checkWords(Words words, String field) {
        if (field.matches("line \\d+")) {
            return words.or(field, "screening.mrz.check.line", field.substring("line ".length()));
        }
        String slug = field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return words.or(field, "screening.mrz.check." + slug);
    }

    /** "line 2, position 10" in the reader's words, or "" for the whole zone. */
    private static String where(Words words, int line, int position) {
        if (line <= 0) {
            return "";
        }
        return position > 0
                ? words.get("screening.mrz.where.position", line, position)
                : words.get("screening.mrz.where.line", line);
    }

    private static String label(Words words, String field) {
        return words.get("screening.mrz.label." + field);
    }

    /** The code as printed, with what an ICAO-only code stands for, e.g. "D (compared as DEU)". */
    private static String nationality(Words words, String code) {
        if (code == null || IcaoStateCodes.isIso3166Alpha3(code)) {
            return code;
        }
        return code
                + IcaoStateCodes.comparableCountry(code)
                        .map(c -> " (" + words.get("screening.mrz.comparedAs", c) + ")")
                        .orElse(IcaoStateCodes.icaoMeaning(code)
                                .map(m -> " (" + words.or(m, "screening.mrz.icao." + code) + ")")
                                .orElse(""));
    }

    /** A run of characters of one line: {@code kind} is "error", "warning" or "" (nothing found there). */
    public record Piece(String text, String kind) {}

    /** The lines as read, cut where a finding points at a character, so the page can mark it. */
    public List<List<Piece>> markedLines() {
        List<List<Piece>> marked = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            String[] kinds = new String[line.length()];
            java.util.Arrays.fill(kinds, "");
            mark(kinds, warnings, l + 1, "warning");
            mark(kinds, failures, l + 1, "error");
            List<Piece> pieces = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= line.length(); i++) {
                if (i == line.length() || !kinds[i].equals(kinds[start])) {
                    pieces.add(new Piece(line.substring(start, i), kinds[start]));
                    start = i;
                }
            }
            marked.add(pieces);
        }
        return marked;
    }

    private static void mark(String[] kinds, List<Finding> findings, int line, String kind) {
        for (Finding f : findings) {
            if (f.line() == line && f.position() > 0 && f.position() <= kinds.length) {
                kinds[f.position() - 1] = kind;
            }
        }
    }

    public boolean readable() {
        return format != null;
    }

    private static String documentType(Words words, String code) {
        if (code == null) {
            return null;
        }
        String kind = switch (code.charAt(0)) {
            case 'P' -> "passport";
            case 'V' -> "visa";
            case 'I', 'A', 'C' -> "identityCard";
            default -> "travelDocument";
        };
        return code + " (" + words.get("screening.mrz.kind." + kind) + ")";
    }

    private static String sex(Words words, Sex sex) {
        return switch (sex) {
            case MALE -> "M (" + words.get("enum.MALE") + ")";
            case FEMALE -> "F (" + words.get("enum.FEMALE") + ")";
            case OTHER -> "X (" + words.get("screening.mrz.sexUnspecified") + ")";
            case UNKNOWN -> words.get("screening.mrz.sexNotGiven");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

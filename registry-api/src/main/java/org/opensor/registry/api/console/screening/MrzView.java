package org.opensor.registry.api.console.screening;

import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.IcaoStateCodes;
import org.opensor.registry.matching.document.TravelDocument;
import org.opensor.registry.matching.document.TravelDocumentHolder;
import org.opensor.registry.matching.document.mrz.MrzFinding;
import org.opensor.registry.matching.document.mrz.MrzReading;

/**
 * An MRZ as the officer checks it against the document in hand: each field read, each failed check (which makes
 * the reading untrustworthy, so nobody is screened on it) and each OCR slip the reader corrected.
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

    /** One finding, located so the officer can find it on the document. */
    public record Finding(String field, String message, int line, int position, String expected, String found) {

        static Finding of(MrzFinding f) {
            return new Finding(f.field(), f.message(), f.line(), f.position(), f.expected(), f.found());
        }

        /** "line 2, position 10", or "" for the whole zone. */
        public String where() {
            if (line <= 0) {
                return "";
            }
            return position > 0 ? "line " + line + ", position " + position : "line " + line;
        }
    }

    /** The code as printed, with what an ICAO-only code stands for, e.g. "D (compared as DEU)". */
    private static String nationality(String code) {
        if (code == null || IcaoStateCodes.isIso3166Alpha3(code)) {
            return code;
        }
        return code
                + IcaoStateCodes.comparableCountry(code)
                        .map(c -> " (compared as " + c + ")")
                        .orElse(IcaoStateCodes.icaoMeaning(code)
                                .map(m -> " (" + m + ")")
                                .orElse(""));
    }

    static MrzView of(MrzReading reading) {
        List<Field> fields = new ArrayList<>();
        TravelDocumentHolder holder = reading.holder();
        TravelDocument document = holder == null ? null : reading.document();
        fields.add(new Field("Document type", documentType(reading.documentCode())));
        fields.add(new Field("Issuing state", document == null ? null : document.issuingState()));
        fields.add(new Field("Document number", document == null ? null : document.number()));
        fields.add(new Field("Surname", holder == null ? null : holder.surname()));
        fields.add(new Field("Given names", holder == null ? null : blankToNull(holder.givenNamesJoined())));
        fields.add(new Field("Nationality", holder == null ? null : nationality(holder.nationality())));
        fields.add(new Field(
                "Date of birth",
                holder == null || holder.dateOfBirth() == null
                        ? null
                        : holder.dateOfBirth().toString()));
        fields.add(new Field("Sex", holder == null ? null : sex(holder.sex())));
        // Expiry is a fact about the document, shown with its date, not among the reader's corrections.
        fields.add(new Field(
                "Date of expiry",
                document == null || document.expiry() == null
                        ? null
                        : document.expiry() + (reading.documentExpired() ? " (expired)" : "")));
        if (reading.optionalData1() != null && !reading.optionalData1().isEmpty()) {
            fields.add(new Field("Optional data", reading.optionalData1()));
        }
        return new MrzView(
                reading.format() == null ? null : reading.format().name(),
                reading.lines(),
                fields,
                reading.errors().stream().map(Finding::of).toList(),
                reading.warnings().stream().map(Finding::of).toList());
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

    private static String documentType(String code) {
        if (code == null) {
            return null;
        }
        String kind = switch (code.charAt(0)) {
            case 'P' -> "passport";
            case 'V' -> "visa";
            case 'I', 'A', 'C' -> "identity card";
            default -> "travel document";
        };
        return code + " (" + kind + ")";
    }

    private static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "M (male)";
            case FEMALE -> "F (female)";
            case OTHER -> "X (unspecified)";
            case UNKNOWN -> "not given";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

package org.opensor.registry.matching.document.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.IcaoStateCodes;
import org.opensor.registry.matching.document.Severity;
import org.opensor.registry.matching.document.TravelDocument;
import org.opensor.registry.matching.document.TravelDocumentHolder;
import org.opensor.registry.matching.document.mrz.MrzLayout.Span;

/**
 * Reads every field of one zone whose format is known: first each field by its character type (correcting OCR
 * lookalikes), then the check digits over the corrected text, then the values. One instance per zone.
 */
final class MrzZoneReader {

    private final MrzLayout layout;
    private final MrzDates dates;
    private final List<MrzFinding> findings;
    private final MrzFieldReader fields;

    MrzZoneReader(MrzLayout layout, MrzText.Lines lines, MrzDates dates) {
        this.layout = layout;
        this.dates = dates;
        this.findings = new ArrayList<>(lines.findings());
        this.fields = new MrzFieldReader(lines.lines(), findings);
    }

    MrzReading read() {
        String documentCode = documentCode();
        String issuingState = stateCode("issuing state", layout.issuingState());
        MrzNames names = names();
        String nationality = stateCode("nationality", layout.nationality());
        // Every field is corrected by type before any check digit is computed over it.
        String birthText = fields.digits("date of birth", layout.birthDate(), true);
        String expiryText = fields.digits("date of expiry", layout.expiryDate(), false);
        if (layout.compositeCheck() != null) {
            fields.digits("composite check digit", layout.compositeCheck(), false);
            fields.guardRepairsWithComposite(layout.compositeData(), layout.compositeCheck());
        }
        String number = documentNumber();
        fields.verify("date of birth", List.of(layout.birthDate()), layout.birthDateCheck(), null);
        Sex sex = sex();
        fields.verify("date of expiry", List.of(layout.expiryDate()), layout.expiryDateCheck(), null);
        String optional1 = optionalData1();
        String optional2 = layout.optionalData2() == null
                ? ""
                : MrzNames.stripTrailingFiller(fields.alphanumeric("optional data 2", layout.optionalData2()));
        if (layout.compositeCheck() != null) {
            fields.verify("composite", layout.compositeData(), layout.compositeCheck(), null);
        }
        PartialDate birth = birthDate(birthText);
        LocalDate expiry = expiryDate(expiryText);
        TravelDocument document = new TravelDocument(documentCode, number, issuingState, expiry);
        TravelDocumentHolder holder = new TravelDocumentHolder(
                names.primary(), names.secondary(), birth, sex, nationality, List.of(document));
        return new MrzReading(
                layout.format(),
                fields.correctedLines(),
                documentCode,
                holder,
                optional1,
                optional2,
                findings,
                document.isExpiredOn(dates.today()));
    }

    private String documentCode() {
        String code = MrzNames.stripTrailingFiller(fields.letters("document code", layout.documentCode()));
        String expectedKinds = switch (layout.format()) {
            case TD1, TD2 -> "ACI";
            case TD3 -> "P";
            case MRV_A, MRV_B -> "V";
        };
        if (code.isEmpty()) {
            fields.report(
                    Severity.ERROR,
                    "document code",
                    layout.documentCode(),
                    "a letter",
                    "<",
                    "documentCodeMissing",
                    "document code missing");
            return null;
        }
        if (expectedKinds.indexOf(code.charAt(0)) < 0) {
            fields.report(
                    Severity.WARNING,
                    "document code",
                    layout.documentCode(),
                    "starting with one of " + expectedKinds,
                    code,
                    "documentCodeUnusual",
                    "unusual document code for a " + layout.format() + " zone",
                    layout.format(),
                    expectedKinds);
        }
        return code;
    }

    private String stateCode(String field, Span span) {
        String raw = fields.letters(field, span);
        String code = MrzNames.stripTrailingFiller(raw);
        if (code.isEmpty() || code.contains("<")) {
            fields.report(
                    Severity.ERROR,
                    field,
                    span,
                    "a state code",
                    raw,
                    "stateCodeUnreadable",
                    "no readable state code",
                    raw);
            return code.isEmpty() ? null : code.replace("<", "");
        }
        if (!IcaoStateCodes.isIcao9303(code)) {
            fields.report(
                    Severity.WARNING,
                    field,
                    span,
                    "an ICAO 9303 state code",
                    code,
                    "stateCodeUnknown",
                    "not a known state code",
                    code);
        }
        return code;
    }

    private MrzNames names() {
        MrzNames names = MrzNames.parse(fields.letters("name", layout.name()));
        // A person with a single name may have it printed as a secondary identifier ("<<NAME"): that is a name.
        if (names.primary() == null && names.secondary().isEmpty()) {
            fields.report(
                    Severity.ERROR, "name", layout.name(), "a name", "", "nameEmpty", "the name field holds no name");
        }
        if (names.possiblyTruncated()) {
            fields.report(
                    Severity.WARNING,
                    "name",
                    layout.name(),
                    "",
                    "",
                    "nameTruncated",
                    "the name fills the field and may be truncated");
        }
        return names;
    }

    /**
     * TD1 and TD2 carry numbers longer than 9 characters by putting {@code <} in the check digit position and
     * continuing in the optional data, whose last character before the filler is then the check digit.
     */
    private String documentNumber() {
        Span numberSpan = layout.documentNumber();
        String first = fields.alphanumeric("document number", numberSpan);
        Span optional = layout.optionalData1();
        String extension = MrzNames.stripTrailingFiller(fields.text(optional));
        boolean longNumber = layout.longDocumentNumberAllowed()
                && fields.text(layout.documentNumberCheck()).equals("<")
                && !extension.isEmpty()
                && !extension.startsWith("<");
        if (!longNumber) {
            fields.verify("document number", List.of(numberSpan), layout.documentNumberCheck(), numberSpan);
            // Read again: the check digit may have repaired an OCR slip.
            return blankToNull(fields.text(numberSpan).replace("<", ""));
        }
        int end = extension.indexOf('<') < 0 ? extension.length() : extension.indexOf('<');
        if (end < 2) {
            fields.report(
                    Severity.ERROR,
                    "document number",
                    optional,
                    "the rest of the number and its check digit",
                    extension.substring(0, end),
                    "longNumberWithoutCheck",
                    "long document number without its check digit",
                    extension.substring(0, end));
            return first.replace("<", "");
        }
        Span rest = new Span(optional.line(), optional.start(), end - 1);
        Span check = new Span(optional.line(), optional.start() + end - 1, 1);
        fields.verify("document number", List.of(numberSpan, rest), check, numberSpan);
        return fields.text(numberSpan) + fields.text(rest);
    }

    private String optionalData1() {
        boolean personalNumber = layout.optionalData1Check() != null;
        String field = personalNumber ? "personal number" : "optional data";
        String value = fields.alphanumeric(field, layout.optionalData1());
        if (personalNumber) {
            boolean empty = value.chars().allMatch(c -> c == '<');
            // An empty personal number may carry '<' instead of the check digit (ICAO 9303 part 4, 4.2.2.2).
            if (!(empty && fields.text(layout.optionalData1Check()).equals("<"))) {
                fields.verify(
                        field, List.of(layout.optionalData1()), layout.optionalData1Check(), layout.optionalData1());
            }
        }
        return MrzNames.stripTrailingFiller(fields.text(layout.optionalData1()));
    }

    private Sex sex() {
        String value = fields.text(layout.sex());
        return switch (value) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            case "X" -> Sex.OTHER;
            case "<" -> Sex.UNKNOWN;
            default -> {
                fields.report(
                        Severity.ERROR,
                        "sex",
                        layout.sex(),
                        "M, F, X or '<'",
                        value,
                        "sexUnreadable",
                        "unreadable sex",
                        value);
                yield Sex.UNKNOWN;
            }
        };
    }

    private PartialDate birthDate(String text) {
        if (!text.matches("[0-9<]{6}")) {
            return null; // the bad characters are reported already
        }
        try {
            PartialDate birth = dates.birth(text);
            if (birth == null) {
                fields.report(
                        Severity.WARNING,
                        "date of birth",
                        layout.birthDate(),
                        "YYMMDD",
                        text,
                        "birthDateNotGiven",
                        "date of birth not given",
                        text);
            }
            return birth;
        } catch (DateTimeException | NumberFormatException e) {
            fields.report(
                    Severity.ERROR,
                    "date of birth",
                    layout.birthDate(),
                    "YYMMDD",
                    text,
                    "notADate",
                    "not a calendar date",
                    text);
            return null;
        }
    }

    private LocalDate expiryDate(String text) {
        if (!text.matches("[0-9]{6}")) {
            return null;
        }
        try {
            // An expired document is a fact for the officer (MrzReading.documentExpired), not a reading problem.
            return dates.expiry(text);
        } catch (DateTimeException | NumberFormatException e) {
            fields.report(
                    Severity.ERROR,
                    "date of expiry",
                    layout.expiryDate(),
                    "YYMMDD",
                    text,
                    "notADate",
                    "not a calendar date",
                    text);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}

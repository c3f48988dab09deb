package org.opensor.registry.matching.document.paxlst;

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

/**
 * Collects the segments of one traveller, from its NAD to the next traveller or the end of the message (segment
 * group 4 of PAXLST). A segment it cannot use becomes a problem of this traveller only.
 */
final class TravellerBuilder {

    private final int position;
    private final TravellerRole role;
    private final EdifactDates dates;
    private final List<PaxlstProblem> problems = new ArrayList<>();
    private final List<String> givenNames = new ArrayList<>();
    private final List<TravelDocument> documents = new ArrayList<>();
    private String surname;
    private PartialDate dateOfBirth;
    private Sex sex = Sex.UNKNOWN;
    private String nationality;
    private String embarkation;
    private String debarkation;
    // DOC opens segment group 5: the DTM+36 and LOC+91 after it belong to that document.
    private String documentType;
    private String documentNumber;
    private String issuingState;
    private LocalDate expiry;
    private boolean documentOpen;

    TravellerBuilder(EdiSegment nad, TravellerRole role, EdifactDates dates) {
        this.position = nad.position();
        this.role = role;
        this.dates = dates;
        List<String> name = nad.components(4);
        surname = name.isEmpty() || name.getFirst().isBlank()
                ? null
                : name.getFirst().strip();
        for (String part : name.stream().skip(1).toList()) {
            for (String word : part.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    givenNames.add(word);
                }
            }
        }
        // A single-named traveller comes with an empty surname and the name as given name: screenable all the same.
        if (surname == null && givenNames.isEmpty()) {
            problem(
                    Severity.ERROR,
                    nad,
                    "noName",
                    "no name: no surname and no given name in NAD element 4 (C080 party name)");
        }
    }

    void add(EdiSegment segment) {
        switch (segment.tag()) {
            case "ATT" -> attribute(segment);
            case "DTM" -> date(segment);
            case "NAT" -> nationality(segment);
            case "DOC" -> document(segment);
            case "LOC" -> location(segment);
            default -> {
                // RFF, COM, EMP, FTX, GEI...: not used for screening
            }
        }
    }

    void problem(PaxlstProblem problem) {
        problems.add(problem);
    }

    ManifestTraveller build() {
        closeDocument();
        TravelDocumentHolder holder =
                new TravelDocumentHolder(surname, givenNames, dateOfBirth, sex, nationality, documents);
        return new ManifestTraveller(position, role, holder, embarkation, debarkation, problems);
    }

    private void attribute(EdiSegment segment) {
        if (!segment.value(1).equals("2")) {
            return;
        }
        String code = segment.value(3).toUpperCase();
        sex = switch (code) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            case "X" -> Sex.OTHER;
            case "U", "" -> Sex.UNKNOWN;
            default -> {
                problem(Severity.WARNING, segment, "sexUnknown", "sex '" + code + "' is not M, F, X or U", code);
                yield Sex.UNKNOWN;
            }
        };
    }

    private void date(EdiSegment segment) {
        String qualifier = segment.value(1, 1);
        String value = segment.value(1, 2);
        String format = segment.value(1, 3);
        try {
            switch (qualifier) {
                case "329" -> dateOfBirth = dates.birthDate(value, format);
                case "36" -> {
                    if (!documentOpen) {
                        problem(
                                Severity.WARNING,
                                segment,
                                "expiryWithoutDocument",
                                "expiry date without a DOC before it");
                    }
                    expiry = dates.expiryDate(value, format);
                }
                default -> {
                    // other dates (e.g. 178 arrival) are not needed for screening
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            String what = qualifier.equals("329") ? "date of birth" : "date " + qualifier;
            problem(
                    Severity.ERROR,
                    segment,
                    qualifier.equals("329") ? "dobNotADate" : "dateNotADate",
                    what + " '" + value + "' is not a date: " + e.getMessage(),
                    value,
                    qualifier);
        }
    }

    private void nationality(EdiSegment segment) {
        String code = segment.value(2).toUpperCase();
        if (!code.matches("[A-Z]{1,3}")) {
            problem(
                    Severity.ERROR,
                    segment,
                    "nationalityNotACode",
                    "nationality '" + code + "' is not a country code",
                    code);
            return;
        }
        // A code no state has never reaches matching, alerts or their recipients; the traveller is still screened.
        if (!IcaoStateCodes.isIcao9303(code)) {
            problem(
                    Severity.WARNING,
                    segment,
                    "nationalityUnknown",
                    "nationality '" + code + "' is neither an ISO 3166-1 alpha-3 nor an ICAO 9303"
                            + " code: screened without a nationality",
                    code);
            return;
        }
        nationality = code;
    }

    private void document(EdiSegment segment) {
        closeDocument();
        documentOpen = true;
        documentType = segment.value(1, 1);
        documentNumber = segment.value(2);
        if (documentNumber.isEmpty()) {
            problem(Severity.ERROR, segment, "documentWithoutNumber", "document without a number");
        }
    }

    private void location(EdiSegment segment) {
        String place = segment.value(2);
        switch (segment.value(1)) {
            case "178" -> embarkation = place;
            case "179" -> debarkation = place;
            case "91" -> {
                if (!documentOpen) {
                    problem(
                            Severity.WARNING,
                            segment,
                            "issuingCountryWithoutDocument",
                            "issuing country without a DOC before it");
                }
                String state = place.toUpperCase();
                if (IcaoStateCodes.isIcao9303(state)) {
                    issuingState = state;
                } else {
                    problem(
                            Severity.WARNING,
                            segment,
                            "issuingStateUnknown",
                            "issuing state '" + place + "' is neither an ISO 3166-1 alpha-3 nor an"
                                    + " ICAO 9303 code: left out",
                            place);
                }
            }
            default -> {
                // 22, 174, 180 (residence, birthplace...) are not needed for screening
            }
        }
    }

    private void closeDocument() {
        if (documentOpen) {
            documents.add(
                    new TravelDocument(blankToNull(documentType), blankToNull(documentNumber), issuingState, expiry));
        }
        documentOpen = false;
        documentType = null;
        documentNumber = null;
        issuingState = null;
        expiry = null;
    }

    private void problem(Severity severity, EdiSegment segment, String code, String message, Object... arguments) {
        problems.add(PaxlstProblem.coded(severity, segment.position(), segment.tag(), code, message, arguments));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package org.opensor.registry.api.screening;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.IcaoStateCodes;
import org.opensor.registry.matching.document.TravelDocument;
import org.opensor.registry.matching.document.TravelDocumentHolder;
import org.opensor.registry.matching.document.mrz.MrzFinding;
import org.opensor.registry.matching.document.mrz.MrzReading;

/**
 * Everything read about the traveller at the desk, from an MRZ or typed, and the identity screened. Codes are kept
 * as printed; {@code nationalityComparedAs} is the ISO country they were compared as (ICAO 9303 part 3).
 *
 * @param identity              what is screened against the registry; not part of the answer
 * @param singleName            the document gives one name only (printed {@code <<NAME}): it is screened as the
 *                              family name
 * @param nationality           as printed, e.g. {@code D}
 * @param nationalityComparedAs the ISO 3166-1 alpha-3 code compared with the registry ({@code DEU}), or null when
 *                              the code names no country (stateless, refugee, an organization)
 * @param nationalityMeaning    what an ICAO-only code means, e.g. "stateless person (1954 Convention)"; else null
 * @param document              the document read; null when typed without a document number
 * @param warnings              OCR slips the reader corrected and unusual values; never facts such as expiry
 */
public record TravellerRead(
        Identity identity,
        String surname,
        String givenNames,
        boolean singleName,
        String dateOfBirth,
        Sex sex,
        String nationality,
        String nationalityComparedAs,
        String nationalityMeaning,
        DocumentRead document,
        List<String> warnings) {

    /**
     * The document as read.
     *
     * @param format        {@code TD1}, {@code TD2}, {@code TD3}, {@code MRV_A}, {@code MRV_B}; null when typed
     * @param type          document code, e.g. {@code P}, {@code ID}
     * @param issuingState  as printed
     * @param issuingStateMeaning what an ICAO-only issuer code means (e.g. "United Nations Organization ..."); else null
     * @param expiresOn     ISO date, or null
     * @param expired       the document expired before today: a fact about the document, not a reading problem
     * @param optionalData1 TD1 line 1 optional data, TD3 personal number, TD2/visa optional data
     * @param optionalData2 TD1 line 2 optional data
     */
    public record DocumentRead(
            String format,
            String type,
            String number,
            String issuingState,
            String issuingStateMeaning,
            String expiresOn,
            Boolean expired,
            String optionalData1,
            String optionalData2) {}

    /** A zone that passed its checks (see {@link MrzReading#isValid()}) and has a name. */
    public static TravellerRead fromMrz(MrzReading reading) {
        TravelDocumentHolder holder = reading.holder();
        TravelDocument document = reading.document();
        LocalDate expiry = document.expiry();
        return of(
                holder,
                new DocumentRead(
                        reading.format().name(),
                        reading.documentCode(),
                        document.number(),
                        document.issuingState(),
                        IcaoStateCodes.icaoMeaning(document.issuingState()).orElse(null),
                        expiry == null ? null : expiry.toString(),
                        reading.documentExpired(),
                        blankToNull(reading.optionalData1()),
                        blankToNull(reading.optionalData2())),
                reading.warnings().stream().map(MrzFinding::toString).toList());
    }

    /**
     * Typed fields, already checked: at least one name; the nationality an ICAO 9303 code in capitals.
     *
     * @param givenNames words separated by spaces
     */
    public static TravellerRead typed(
            String surname,
            String givenNames,
            PartialDate dateOfBirth,
            Sex sex,
            String nationality,
            String documentNumber) {
        List<String> given = givenNames == null
                ? List.of()
                : Arrays.stream(givenNames.strip().split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .toList();
        List<TravelDocument> documents = documentNumber == null
                ? List.of()
                : List.of(new TravelDocument(null, documentNumber.strip(), null, null));
        TravelDocumentHolder holder =
                new TravelDocumentHolder(blankToNull(surname), given, dateOfBirth, sex, nationality, documents);
        return of(
                holder,
                documentNumber == null
                        ? null
                        : new DocumentRead(null, null, documentNumber.strip(), null, null, null, null, null, null),
                List.of());
    }

    private static TravellerRead of(TravelDocumentHolder holder, DocumentRead document, List<String> warnings) {
        String nationality = holder.nationality();
        return new TravellerRead(
                holder.toIdentity().orElseThrow(),
                holder.surname(),
                holder.givenNamesJoined(),
                holder.hasSingleName(),
                holder.dateOfBirth() == null ? null : holder.dateOfBirth().toString(),
                holder.sex(),
                nationality,
                IcaoStateCodes.comparableCountry(nationality).orElse(null),
                IcaoStateCodes.icaoMeaning(nationality).orElse(null),
                document,
                warnings);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.opensor.registry.api.search.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.search.IdentityQuery;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.IcaoStateCodes;
import org.opensor.registry.matching.keys.IdentityKeys;

/**
 * What an officer knows about the person sought; every field is optional but a name or a document number is needed.
 * Names may be in any script and in any order; a full name is read in both orders. A document number alone finds
 * the holders of that number and of numbers one character from it.
 *
 * @param familyName                family name, e.g. {@code CHANN}
 * @param givenNames                given names, e.g. {@code Sokha}
 * @param fullName                  the whole name when its parts are not known apart, e.g. {@code Sokhar Chann}
 * @param originalScriptName        the name in its original script, e.g. {@code ចាន់ សុខា}
 * @param dateOfBirth               {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as precisely as known
 * @param dateOfBirthPlusMinusYears for an approximate year of birth: how many years it may be off either way
 * @param sex                       {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
 * @param nationality               ISO 3166-1 alpha-3, e.g. {@code KHM}, or an ICAO 9303 code as printed on a
 *                                  document ({@code D} is compared as {@code DEU})
 * @param documentNumber            a passport or identity document number as read (OCR slips are tolerated); enough
 *                                  on its own
 */
public record IdentitySearchRequest(
        @Size(max = 200) String familyName,
        @Size(max = 200) String givenNames,
        @Size(max = 300) String fullName,
        @Size(max = 300) String originalScriptName,

        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String dateOfBirth,

        @Min(1) @Max(20) Integer dateOfBirthPlusMinusYears,

        @Schema(allowableValues = {"MALE", "FEMALE", "UNKNOWN"})
        @Pattern(regexp = "MALE|FEMALE|UNKNOWN", message = "must be MALE, FEMALE or UNKNOWN")
        String sex,

        @Size(max = 10) String nationality,
        @Size(max = 40) String documentNumber) {

    /**
     * The search asked for, for a request that passed Bean Validation (the API's controller and the console's search
     * page both read it here, so both apply the same rules): by identity when any name is given, else by the document
     * number alone. Of an identity, the primary name is the split one if given, else the full one, else the
     * original-script one; the others are aliases. Without a name only the document number ranks the hits; the other
     * fields are still checked.
     *
     * @return null when a rule is broken, each broken rule added to {@code violations}
     */
    public IdentityQuery toQuery(Violations violations, int page, int size) {
        PersonName split = blank(familyName) && blank(givenNames) ? null : PersonName.of(familyName, givenNames);
        PersonName full = blank(fullName) ? null : PersonName.full(fullName);
        PersonName script = blank(originalScriptName) ? null : PersonName.full(originalScriptName);
        PersonName primary = split != null ? split : full != null ? full : script;
        if (primary == null && blank(documentNumber)) {
            violations.add(
                    "familyName",
                    "name-or-document-required",
                    "give at least one of familyName, givenNames, fullName, originalScriptName or documentNumber");
            return null;
        }
        PartialDate born = null;
        if (!blank(dateOfBirth)) {
            try {
                PartialDate date = PartialDate.parse(dateOfBirth);
                born = dateOfBirthPlusMinusYears == null
                        ? date
                        : PartialDate.approximately(date.year(), dateOfBirthPlusMinusYears);
            } catch (IllegalArgumentException e) {
                violations.add("dateOfBirth", "calendar-date", "dateOfBirth is not a date in the calendar");
            }
        } else if (dateOfBirthPlusMinusYears != null) {
            violations.add(
                    "dateOfBirthPlusMinusYears",
                    "needs-date-of-birth",
                    "dateOfBirthPlusMinusYears needs a dateOfBirth");
        }
        Optional<String> country = Optional.empty();
        if (!blank(nationality)) {
            // Checked against the one list of codes; an ICAO code is compared as its country, D as DEU.
            String code = violations.check(() -> CountryCode.icao9303(nationality, "nationality"));
            country = IcaoStateCodes.comparableCountry(code);
        }
        if (primary == null) {
            if (IdentityKeys.ofDocumentNumber(documentNumber) == null) {
                violations.add(
                        "documentNumber",
                        "letters-or-digits",
                        "documentNumber needs at least one letter or digit when no name is given");
                return null;
            }
            return IdentityQuery.byDocumentNumber(documentNumber.strip(), page, size);
        }
        Identity identity = Identity.named(primary);
        for (PersonName other : new PersonName[] {full, script}) {
            if (other != null && other != primary) {
                identity = identity.withAlias(other);
            }
        }
        if (born != null) {
            identity = identity.bornOn(born);
        }
        if (sex != null) {
            identity = identity.withSex(Sex.valueOf(sex));
        }
        if (country.isPresent()) {
            identity = identity.withNationalities(country.get());
        }
        if (!blank(documentNumber)) {
            identity = identity.withDocumentNumbers(documentNumber.strip());
        }
        return new IdentityQuery(identity, page, size);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

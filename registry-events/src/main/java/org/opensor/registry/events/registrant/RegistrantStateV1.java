package org.opensor.registry.events.registrant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full state of a registrant after a change (state-carrying event: a consumer needs no other source).
 * Carried by every type of {@link RegistrantEventTypes}. JSON schema: {@code schemas/registrant-state.v1.json}.
 * Absent values are left out of the JSON, never written as null; lists are empty rather than absent.
 *
 * @param registrantId              the aggregate id
 * @param version                   increases by one with every change of the registrant; consumers keep the highest
 * @param familyName                family name in Latin letters, as recorded
 * @param givenNames                given names in Latin letters, as recorded (may be empty)
 * @param originalScriptName        the name in its original script (e.g. Khmer), or null
 * @param aliases                   other names the person is known by, each with its own optional date of birth
 * @param dateOfBirth               {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when unknown
 * @param dateOfBirthPlusMinusYears when the date of birth is approximate: the year may be off by this many years either way
 * @param sex                       {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
 * @param placeOfBirth              place of birth as recorded, or null
 * @param nationalities             ISO 3166-1 alpha-3 codes
 * @param documents                 identity documents (passports, identity cards)
 * @param phoneNumbers              phone numbers as recorded
 * @param internetIdentifiers       e-mail addresses, user names, profile URLs
 * @param physicalDescription       height, eyes, hair, distinguishing marks, or null
 * @param photoReferences           references to photos held in the photo store
 * @param biometricReferences       references to biometric records held elsewhere (e.g. AFIS)
 * @param convictions               every recorded conviction
 * @param custodyStatus             current custody status, see the schema for the values
 * @param addresses                 every recorded address with its validity dates
 * @param registration              the registration period, tier and compliance, or null before any conviction
 * @param changedAt                 when the change was committed
 */
public record RegistrantStateV1(
        UUID registrantId,
        long version,
        String familyName,
        String givenNames,
        String originalScriptName,
        List<Alias> aliases,
        String dateOfBirth,
        Integer dateOfBirthPlusMinusYears,
        String sex,
        String placeOfBirth,
        List<String> nationalities,
        List<Document> documents,
        List<String> phoneNumbers,
        List<String> internetIdentifiers,
        PhysicalDescription physicalDescription,
        List<String> photoReferences,
        List<String> biometricReferences,
        List<Conviction> convictions,
        String custodyStatus,
        List<Address> addresses,
        Registration registration,
        Instant changedAt) {

    public RegistrantStateV1 {
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(familyName, "familyName is required");
        Objects.requireNonNull(sex, "sex is required");
        Objects.requireNonNull(custodyStatus, "custodyStatus is required");
        Objects.requireNonNull(changedAt, "changedAt is required");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        aliases = copy(aliases);
        nationalities = copy(nationalities);
        documents = copy(documents);
        phoneNumbers = copy(phoneNumbers);
        internetIdentifiers = copy(internetIdentifiers);
        photoReferences = copy(photoReferences);
        biometricReferences = copy(biometricReferences);
        convictions = copy(convictions);
        addresses = copy(addresses);
    }

    /** A state with the identity core only: no aliases, documents, convictions or addresses, not in custody. */
    public static RegistrantStateV1 identityOnly(
            UUID registrantId,
            long version,
            String familyName,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            Instant changedAt) {
        return new RegistrantStateV1(
                registrantId,
                version,
                familyName,
                givenNames,
                originalScriptName,
                List.of(),
                dateOfBirth,
                null,
                sex,
                null,
                nationalities,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                "NOT_IN_CUSTODY",
                List.of(),
                null,
                changedAt);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Another name the person is known by.
     *
     * @param familyName  family name of the alias, or null when only a full name is known
     * @param givenNames  given names of the alias, or null
     * @param fullName    the alias as one string when not split into parts (any script), or null
     * @param dateOfBirth the date of birth given with this alias ({@code YYYY[-MM[-DD]]}), or null to use the person's
     */
    public record Alias(String familyName, String givenNames, String fullName, String dateOfBirth) {}

    /**
     * An identity document.
     *
     * @param type         {@code PASSPORT}, {@code NATIONAL_ID}, {@code RESIDENCE_PERMIT}, {@code DRIVING_LICENCE} or {@code OTHER}
     * @param number       the number as written on the document
     * @param issuingState ISO 3166-1 alpha-3 code of the issuing state
     * @param expiresOn    expiry date, or null when unknown
     */
    public record Document(String type, String number, String issuingState, LocalDate expiresOn) {}

    /**
     * What a person looks like, as recorded.
     *
     * @param heightCm            height in centimetres, or null
     * @param eyeColour           eye colour in words, or null
     * @param hairColour          hair colour in words, or null
     * @param distinguishingMarks scars, marks, tattoos, or null
     */
    public record PhysicalDescription(
            Integer heightCm, String eyeColour, String hairColour, String distinguishingMarks) {}

    /**
     * A conviction, with the offence as worded in the statute library.
     *
     * @param convictionId  id of the conviction in the registry
     * @param court         the court that judged
     * @param caseNumber    the court's case number
     * @param judgmentDate  date of the judgment
     * @param statute       statute as worded at conviction, e.g. the Law on Suppression of Human Trafficking and Sexual Exploitation (2008)
     * @param article       article of the statute
     * @param offenceCategory one of the offence categories of the schema
     * @param victimMinor   whether a victim was under 18
     * @param foreign       true for a conviction by a foreign court
     * @param country       ISO 3166-1 alpha-3 code of the convicting state
     * @param sentenceMonths sentence in months as pronounced, or null (e.g. a fine only)
     */
    public record Conviction(
            UUID convictionId,
            String court,
            String caseNumber,
            LocalDate judgmentDate,
            String statute,
            String article,
            String offenceCategory,
            boolean victimMinor,
            boolean foreign,
            String country,
            Integer sentenceMonths) {}

    /**
     * A place where the person lives, lodges, works or studies.
     *
     * @param kind      {@code RESIDENCE}, {@code TEMPORARY_LODGING}, {@code EMPLOYMENT} or {@code SCHOOL}
     * @param line      street, house, village as written
     * @param district  district (khan/srok), or null
     * @param province  province or city, or null
     * @param country   ISO 3166-1 alpha-3 code
     * @param validFrom first day the address holds
     * @param validTo   last day it holds, or null while it still does
     */
    public record Address(
            String kind,
            String line,
            String district,
            String province,
            String country,
            LocalDate validFrom,
            LocalDate validTo) {}

    /**
     * The registration period and the duty to verify.
     *
     * @param tier                tier of the registration policy: {@code TIER_1}, {@code TIER_2} or {@code TIER_3}
     * @param status              {@code ACTIVE} or {@code ENDED}
     * @param startsOn            first day of registration
     * @param endsOn              last day computed by the tier's policy, or null for life
     * @param nextVerificationDue the date by which the next address verification is due, or null when ended
     * @param complianceStatus    {@code COMPLIANT}, {@code NON_COMPLIANT} or {@code PENDING_FIRST_VERIFICATION}
     * @param policyNote          the last decision of the registration policy in words (e.g. why a pardon did not end it), or null
     */
    public record Registration(
            String tier,
            String status,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate nextVerificationDue,
            String complianceStatus,
            String policyNote) {}
}

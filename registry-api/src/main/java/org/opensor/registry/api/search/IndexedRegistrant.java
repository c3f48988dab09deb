package org.opensor.registry.api.search;

import java.util.List;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;

/**
 * A registrant as the search-indexer stores it in Elasticsearch (its {@code RegistrantDocument}; only the fields
 * the search reads). The index is the contract between the two services.
 */
public record IndexedRegistrant(String registrantId, long version, String familyName, String givenNames,
                                String originalScriptName, String dateOfBirth, Integer dateOfBirthPlusMinusYears,
                                String sex, List<String> nationalities, List<IndexedAlias> aliases,
                                List<String> documentNumbers) {

    public IndexedRegistrant {
        nationalities = nationalities == null ? List.of() : nationalities;
        aliases = aliases == null ? List.of() : aliases;
        documentNumbers = documentNumbers == null ? List.of() : documentNumbers;
    }

    /** An alias as stored: family and given names, or one full name, and the date of birth given with it. */
    public record IndexedAlias(String familyName, String givenNames, String fullName, String dateOfBirth) {
    }

    /** The name shown in a hit: family name in capitals, then the given names. */
    public String displayName() {
        return PersonName.of(familyName, givenNames).display();
    }

    /**
     * The identity the scorer compares with, built as the indexer builds it for the keys: the original-script name
     * and every alias (with its own date of birth) are further names of the person.
     */
    public Identity toIdentity() {
        Identity identity = Identity.named(PersonName.of(familyName, givenNames))
                .withSex(sexOf(sex))
                .withNationalities(nationalities.toArray(String[]::new))
                .withDocumentNumbers(documentNumbers.toArray(String[]::new));
        if (dateOfBirth != null) {
            PartialDate born = PartialDate.parse(dateOfBirth);
            identity = identity.bornOn(dateOfBirthPlusMinusYears == null ? born
                    : PartialDate.approximately(born.year(), dateOfBirthPlusMinusYears));
        }
        if (originalScriptName != null) {
            identity = identity.withAlias(PersonName.full(originalScriptName));
        }
        for (IndexedAlias alias : aliases) {
            PersonName name = alias.fullName() != null ? PersonName.full(alias.fullName())
                    : PersonName.of(alias.familyName(), alias.givenNames());
            identity = identity.withAlias(name, alias.dateOfBirth() == null ? null : PartialDate.parse(alias.dateOfBirth()));
        }
        return identity;
    }

    private static Sex sexOf(String sex) {
        return switch (sex == null ? "" : sex) {
            case "MALE" -> Sex.MALE;
            case "FEMALE" -> Sex.FEMALE;
            default -> Sex.UNKNOWN;
        };
    }
}

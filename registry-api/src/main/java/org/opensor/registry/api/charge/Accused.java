package org.opensor.registry.api.charge;

import java.util.List;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;

/**
 * The accused as the charge names them: enough to recognise them at the border without a registrant record.
 *
 * @param dateOfBirth     {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
 * @param nationalities   ISO 3166-1 alpha-3 codes
 * @param documentNumbers passport or identity card numbers as written
 */
public record Accused(
        String familyName,
        String givenNames,
        String dateOfBirth,
        Sex sex,
        List<String> nationalities,
        List<String> documentNumbers) {

    public Accused {
        sex = sex == null ? Sex.UNKNOWN : sex;
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documentNumbers = documentNumbers == null ? List.of() : List.copyOf(documentNumbers);
    }

    /** The identity the screening compares a traveller with. */
    public Identity toIdentity() {
        Identity identity = Identity.named(PersonName.of(familyName, givenNames))
                .withSex(sex)
                .withNationalities(nationalities.toArray(String[]::new))
                .withDocumentNumbers(documentNumbers.toArray(String[]::new));
        return dateOfBirth == null ? identity : identity.bornOn(PartialDate.parse(dateOfBirth));
    }
}

package org.opensor.registry.matching.document;

import java.util.List;
import java.util.Optional;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;

/**
 * The person a travel document or a manifest entry describes, as read; ready to be screened with
 * {@link #toIdentity()}.
 *
 * @param surname     primary identifier (family name), words separated by single spaces; null if unreadable
 * @param givenNames  secondary identifiers in order, each possibly several words; empty if none
 * @param dateOfBirth as precisely as the source gives it (MRZ may leave month or day unknown), or null
 * @param sex         {@link Sex#UNKNOWN} when not given
 * @param nationality ICAO/ISO 3166-1 alpha-3 code, or null
 * @param documents   the documents the person carries, the identity document first; may be empty
 */
public record TravelDocumentHolder(String surname, List<String> givenNames, PartialDate dateOfBirth, Sex sex,
                                   String nationality, List<TravelDocument> documents) {

    public TravelDocumentHolder {
        givenNames = List.copyOf(givenNames == null ? List.of() : givenNames);
        sex = sex == null ? Sex.UNKNOWN : sex;
        documents = List.copyOf(documents == null ? List.of() : documents);
    }

    /** The first document (for an MRZ, the only one). */
    public Optional<TravelDocument> primaryDocument() {
        return documents.stream().findFirst();
    }

    /** The given names joined by spaces, or null if there are none. */
    public String givenNamesJoined() {
        return givenNames.isEmpty() ? null : String.join(" ", givenNames);
    }

    /**
     * The holder as an identity to screen against the registry, or empty when no name could be read (a query
     * needs a name).
     */
    public Optional<Identity> toIdentity() {
        if (surname == null && givenNames.isEmpty()) {
            return Optional.empty();
        }
        Identity identity = Identity.named(PersonName.of(surname, givenNamesJoined()))
                .bornOn(dateOfBirth)
                .withSex(sex);
        if (nationality != null) {
            identity = identity.withNationalities(nationality);
        }
        String[] numbers = documents.stream().map(TravelDocument::number).filter(n -> n != null && !n.isBlank())
                .toArray(String[]::new);
        return Optional.of(identity.withDocumentNumbers(numbers));
    }
}

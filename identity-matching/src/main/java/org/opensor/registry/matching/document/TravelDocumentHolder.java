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
 * @param nationality as printed: ISO 3166-1 alpha-3 or an ICAO 9303 code such as {@code D}; or null
 * @param documents   the documents the person carries, the identity document first; may be empty
 */
public record TravelDocumentHolder(
        String surname,
        List<String> givenNames,
        PartialDate dateOfBirth,
        Sex sex,
        String nationality,
        List<TravelDocument> documents) {

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

    /** True when the document gives one name only, with no primary identifier ({@code <<NAME} in an MRZ). */
    public boolean hasSingleName() {
        return surname == null && !givenNames.isEmpty();
    }

    /**
     * The holder as an identity to screen against the registry, or empty when no name could be read (a query
     * needs a name). A single name is screened as the family name (the registry records a single-named person's
     * name as the family name; the scorer compares name words in any order). The nationality is compared as the
     * ISO country its ICAO code stands for ({@code D} as {@code DEU}); a code naming no country (stateless,
     * refugee, an organization) or no known code is left out rather than counted as a mismatch.
     */
    public Optional<Identity> toIdentity() {
        if (surname == null && givenNames.isEmpty()) {
            return Optional.empty();
        }
        PersonName name =
                hasSingleName() ? PersonName.of(givenNamesJoined(), null) : PersonName.of(surname, givenNamesJoined());
        Identity identity = Identity.named(name).bornOn(dateOfBirth).withSex(sex);
        Optional<String> country = IcaoStateCodes.comparableCountry(nationality);
        if (country.isPresent()) {
            identity = identity.withNationalities(country.get());
        }
        String[] numbers = documents.stream()
                .map(TravelDocument::number)
                .filter(n -> n != null && !n.isBlank())
                .toArray(String[]::new);
        return Optional.of(identity.withDocumentNumbers(numbers));
    }
}

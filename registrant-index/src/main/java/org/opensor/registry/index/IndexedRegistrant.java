package org.opensor.registry.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.matching.Alias;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;

/**
 * What identity search reads of a registrant in the index: the fields the search-indexer derives the retrieval keys
 * from and the re-scorer compares with. Both sides turn it into a {@link Identity} with {@link #toIdentity()}, so the
 * keys a document is found by and the identity it is scored as cannot drift apart.
 *
 * @param version                   the registrant version the index holds
 * @param dateOfBirth               {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when unknown
 * @param dateOfBirthPlusMinusYears when the date of birth is approximate: by how many years either way, else null
 * @param sex                       {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
 * @param aliases                   other names, each with the date of birth given with it
 * @param documentNumbers           identity document numbers as recorded
 */
public record IndexedRegistrant(
        String registrantId,
        long version,
        String familyName,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        Integer dateOfBirthPlusMinusYears,
        String sex,
        List<String> nationalities,
        List<IndexedAlias> aliases,
        List<String> documentNumbers) {

    public IndexedRegistrant {
        nationalities = nationalities == null ? List.of() : nationalities;
        aliases = aliases == null ? List.of() : aliases;
        documentNumbers = documentNumbers == null ? List.of() : documentNumbers;
    }

    /** An alias as recorded: family and given names, or one full name, and the date of birth given with it. */
    public record IndexedAlias(String familyName, String givenNames, String fullName, String dateOfBirth) {}

    /** The fields of a registrant's state event that the index holds. */
    public static IndexedRegistrant of(RegistrantStateV1 state) {
        return new IndexedRegistrant(
                state.registrantId().toString(),
                state.version(),
                state.familyName(),
                state.givenNames(),
                state.originalScriptName(),
                state.dateOfBirth(),
                state.dateOfBirthPlusMinusYears(),
                state.sex(),
                state.nationalities(),
                state.aliases().stream()
                        .map(a -> new IndexedAlias(a.familyName(), a.givenNames(), a.fullName(), a.dateOfBirth()))
                        .toList(),
                state.documents().stream()
                        .map(RegistrantStateV1.Document::number)
                        .toList());
    }

    /** The name shown in a hit: family name in capitals, then the given names. */
    public String displayName() {
        return PersonName.of(familyName, givenNames).display();
    }

    /**
     * The identity the indexer derives the keys from and the search scores: the original-script name and every alias
     * (with its own date of birth) are further names of the person.
     */
    public Identity toIdentity() {
        // Built in one step, not through the with... methods: a search turns a hundred candidates into identities, and
        // each with... call copied the whole identity again.
        PartialDate born = null;
        if (dateOfBirth != null) {
            born = PartialDate.parse(dateOfBirth);
            if (dateOfBirthPlusMinusYears != null) {
                born = PartialDate.approximately(born.year(), dateOfBirthPlusMinusYears);
            }
        }
        List<Alias> names = new ArrayList<>(aliases.size() + 1);
        if (originalScriptName != null) {
            names.add(new Alias(PersonName.full(originalScriptName), null));
        }
        for (IndexedAlias alias : aliases) {
            PersonName name = alias.fullName() != null
                    ? PersonName.full(alias.fullName())
                    : PersonName.of(alias.familyName(), alias.givenNames());
            names.add(new Alias(name, alias.dateOfBirth() == null ? null : PartialDate.parse(alias.dateOfBirth())));
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : nationalities) {
            codes.add(code.strip().toUpperCase());
        }
        return new Identity(
                PersonName.of(familyName, givenNames),
                names,
                born,
                sexOf(sex),
                codes,
                new LinkedHashSet<>(documentNumbers));
    }

    private static Sex sexOf(String sex) {
        return switch (sex == null ? "" : sex) {
            case "MALE" -> Sex.MALE;
            case "FEMALE" -> Sex.FEMALE;
            default -> Sex.UNKNOWN;
        };
    }
}

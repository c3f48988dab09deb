package org.opensor.registry.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known about a person, either to look for (a query from an officer or a traveller at the border)
 * or as a registry record to compare against. Only the name is required.
 *
 * @param name            the primary name
 * @param aliases         other names, possibly with their own date of birth
 * @param dateOfBirth     the date of birth as precisely as known, or null
 * @param sex             recorded sex, {@link Sex#UNKNOWN} if not known
 * @param nationalities   ISO 3166-1 alpha-3 codes, e.g. {@code KHM}
 * @param documentNumbers passport or identity document numbers as written
 */
public record Identity(
        PersonName name,
        List<Alias> aliases,
        PartialDate dateOfBirth,
        Sex sex,
        Set<String> nationalities,
        Set<String> documentNumbers) {

    public Identity {
        if (name == null) {
            throw new IllegalArgumentException("an identity needs a name");
        }
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        sex = sex == null ? Sex.UNKNOWN : sex;
        nationalities = Set.copyOf(nationalities == null ? Set.of() : nationalities);
        documentNumbers = Set.copyOf(documentNumbers == null ? Set.of() : documentNumbers);
    }

    /** An identity with only a name; add the rest with the {@code with...} methods. */
    public static Identity named(PersonName name) {
        return new Identity(name, List.of(), null, Sex.UNKNOWN, Set.of(), Set.of());
    }

    public Identity withAlias(PersonName alias) {
        return withAlias(alias, null);
    }

    public Identity withAlias(PersonName alias, PartialDate aliasDateOfBirth) {
        List<Alias> more = new ArrayList<>(aliases);
        more.add(new Alias(alias, aliasDateOfBirth));
        return new Identity(name, more, dateOfBirth, sex, nationalities, documentNumbers);
    }

    public Identity bornOn(PartialDate date) {
        return new Identity(name, aliases, date, sex, nationalities, documentNumbers);
    }

    public Identity withSex(Sex value) {
        return new Identity(name, aliases, dateOfBirth, value, nationalities, documentNumbers);
    }

    public Identity withNationalities(String... alpha3Codes) {
        Set<String> codes = new LinkedHashSet<>(nationalities);
        for (String code : alpha3Codes) {
            codes.add(code.strip().toUpperCase());
        }
        return new Identity(name, aliases, dateOfBirth, sex, codes, documentNumbers);
    }

    public Identity withDocumentNumbers(String... numbers) {
        Set<String> docs = new LinkedHashSet<>(documentNumbers);
        docs.addAll(List.of(numbers));
        return new Identity(name, aliases, dateOfBirth, sex, nationalities, docs);
    }

    /** The primary name followed by the aliases, each with the date of birth that goes with it. */
    public List<Alias> allNames() {
        List<Alias> all = new ArrayList<>();
        all.add(new Alias(name, dateOfBirth));
        for (Alias alias : aliases) {
            all.add(alias.dateOfBirth() == null ? new Alias(alias.name(), dateOfBirth) : alias);
        }
        return all;
    }
}

package org.opensor.registry.api.console.travel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Country names for the ISO 3166-1 alpha-3 codes the API takes, from the JDK's own list (the same list the API
 * checks codes against), so an officer can type "THA" or pick "Thailand" and read names, not only codes.
 */
final class Countries {

    record Country(String code, String name) {}

    static final List<Country> ALL = Stream.of(Locale.getISOCountries())
            .map(alpha2 -> Locale.of("", alpha2))
            .map(locale -> new Country(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH)))
            .filter(country -> !country.code().isEmpty())
            .sorted(Comparator.comparing(Country::name))
            .toList();

    private static final Map<String, String> NAMES =
            ALL.stream().collect(Collectors.toMap(Country::code, Country::name, (a, b) -> a));

    private Countries() {}

    /** "Thailand" for THA; the code itself when the JDK does not name it. */
    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}

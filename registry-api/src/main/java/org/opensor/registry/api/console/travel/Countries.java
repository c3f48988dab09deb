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
public final class Countries {

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

    private static final Map<String, String> ALPHA2 = Stream.of(Locale.getISOCountries())
            .collect(Collectors.toMap(alpha2 -> Locale.of("", alpha2).getISO3Country(), alpha2 -> alpha2, (x, y) -> x));

    /** "Thailand" for THA; the code itself when the JDK does not name it. */
    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** The country's name in {@code language} (CLDR's, e.g. ថៃ for THA in Khmer); the code when it has none. */
    public static String name(String code, Locale language) {
        String alpha2 = ALPHA2.get(code);
        return alpha2 == null ? code : Locale.of("", alpha2).getDisplayCountry(language);
    }

    /** Every country by its name in {@code language}, for the form's list of suggestions. */
    static List<Country> all(Locale language) {
        return ALL.stream()
                .map(c -> new Country(c.code(), name(c.code(), language)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }
}

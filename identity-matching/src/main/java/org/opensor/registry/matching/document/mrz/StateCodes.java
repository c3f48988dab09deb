package org.opensor.registry.matching.document.mrz;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Issuing state and nationality codes ICAO 9303 part 3 allows: ISO 3166-1 alpha-3 plus ICAO's own. */
final class StateCodes {

    // Germany's one-letter code, the Utopia specimen, British and UN documents, stateless and refugee codes.
    private static final Set<String> ICAO_SPECIFIC = Set.of("D", "UTO", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO",
            "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "EUE", "XOM", "XPO", "XCC", "XES", "XMP", "XDC", "XBA", "XIM",
            "RKS", "ANT", "NTZ");

    private static final Set<String> KNOWN = Stream.concat(
                    Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream(), ICAO_SPECIFIC.stream())
            .collect(Collectors.toUnmodifiableSet());

    private StateCodes() {
    }

    static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }
}

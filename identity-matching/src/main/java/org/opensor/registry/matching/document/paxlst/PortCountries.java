package org.opensor.registry.matching.document.paxlst;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country of each port (IATA airport code) a manifest names, so the leg that crosses a state's border can be
 * found. Built in: Cambodia's airports and the airports its flights come from most; an operator adds the rest
 * ({@code registry.screening.ports}). Only the screening state's own ports must be complete: a port not listed is
 * taken to be abroad.
 */
public final class PortCountries {

    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            // Cambodia: Phnom Penh (old and Techo International), Siem Reap (old and Siem Reap-Angkor),
            // Sihanoukville, Koh Kong, Battambang, Ratanakiri.
            Map.entry("PNH", "KHM"),
            Map.entry("KTI", "KHM"),
            Map.entry("REP", "KHM"),
            Map.entry("SAI", "KHM"),
            Map.entry("KOS", "KHM"),
            Map.entry("KKZ", "KHM"),
            Map.entry("BBM", "KHM"),
            Map.entry("RBE", "KHM"),
            Map.entry("BKK", "THA"),
            Map.entry("DMK", "THA"),
            Map.entry("HKT", "THA"),
            Map.entry("CNX", "THA"),
            Map.entry("SGN", "VNM"),
            Map.entry("HAN", "VNM"),
            Map.entry("DAD", "VNM"),
            Map.entry("VTE", "LAO"),
            Map.entry("LPQ", "LAO"),
            Map.entry("PKZ", "LAO"),
            Map.entry("KUL", "MYS"),
            Map.entry("SIN", "SGP"),
            Map.entry("CGK", "IDN"),
            Map.entry("DPS", "IDN"),
            Map.entry("MNL", "PHL"),
            Map.entry("HKG", "HKG"),
            Map.entry("MFM", "MAC"),
            Map.entry("TPE", "TWN"),
            Map.entry("ICN", "KOR"),
            Map.entry("NRT", "JPN"),
            Map.entry("HND", "JPN"),
            Map.entry("KIX", "JPN"),
            Map.entry("PEK", "CHN"),
            Map.entry("PKX", "CHN"),
            Map.entry("PVG", "CHN"),
            Map.entry("CAN", "CHN"),
            Map.entry("SZX", "CHN"),
            Map.entry("KMG", "CHN"),
            Map.entry("SYD", "AUS"),
            Map.entry("MEL", "AUS"),
            Map.entry("DOH", "QAT"),
            Map.entry("DXB", "ARE"),
            Map.entry("IST", "TUR"),
            Map.entry("CDG", "FRA"),
            Map.entry("FRA", "DEU"),
            Map.entry("BRE", "DEU"),
            Map.entry("LHR", "GBR"),
            Map.entry("AMS", "NLD"),
            // The ports of the GTAS test manifests (US CBP).
            Map.entry("ATL", "USA"),
            Map.entry("ORD", "USA"),
            Map.entry("JFK", "USA"),
            Map.entry("IAD", "USA"),
            Map.entry("LAX", "USA"),
            Map.entry("SFO", "USA"),
            Map.entry("YEU", "CAN"));

    private final Map<String, String> countries;

    private PortCountries(Map<String, String> countries) {
        this.countries = Map.copyOf(countries);
    }

    public static PortCountries builtIn() {
        return new PortCountries(BUILT_IN);
    }

    /** These ports as well, each mapped to an ISO 3166-1 alpha-3 code; they override the built-in ones. */
    public PortCountries with(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(countries);
        more.forEach((port, country) ->
                all.put(port.strip().toUpperCase(Locale.ROOT), country.strip().toUpperCase(Locale.ROOT)));
        return new PortCountries(all);
    }

    /** The country of {@code port}, or empty when the port is not listed. */
    public Optional<String> countryOf(String port) {
        return port == null
                ? Optional.empty()
                : Optional.ofNullable(countries.get(port.strip().toUpperCase(Locale.ROOT)));
    }
}

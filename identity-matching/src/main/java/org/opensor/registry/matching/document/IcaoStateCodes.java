package org.opensor.registry.matching.document;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one list of country codes the registry accepts: ISO 3166-1 alpha-3, and the codes ICAO Doc 9303 part 3
 * (section 5) adds for issuing states and nationalities on travel documents. Registry data (nationalities, issuing
 * states, convictions, border posts) takes ISO codes only; what a traveller's document says may be any of both, and
 * is compared with the registry through {@link #comparableCountry}.
 */
public final class IcaoStateCodes {

    private static final Set<String> ISO_3166_ALPHA_3 =
            Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    /** ICAO 9303 part 3 codes outside ISO 3166-1, with the ISO country they stand for when there is one. */
    private static final Map<String, IcaoCode> ICAO_ONLY = Map.ofEntries(
            code("D", "DEU", "Germany"),
            code("GBD", "GBR", "British Overseas Territories Citizen"),
            code("GBN", "GBR", "British National (Overseas)"),
            code("GBO", "GBR", "British Overseas Citizen"),
            code("GBP", "GBR", "British Protected Person"),
            code("GBS", "GBR", "British Subject"),
            code("UNO", null, "United Nations Organization or one of its officials"),
            code("UNA", null, "specialized agency of the United Nations or one of its officials"),
            code(
                    "UNK",
                    null,
                    "resident of Kosovo, document issued by the United Nations Interim Administration Mission in Kosovo"),
            code("RKS", null, "Kosovo"),
            code("EUE", null, "European Union"),
            code("XBA", null, "African Development Bank"),
            code("XIM", null, "African Export-Import Bank"),
            code("XCC", null, "Caribbean Community or one of its emissaries"),
            code("XCE", null, "Council of Europe"),
            code("XCO", null, "Common Market for Eastern and Southern Africa"),
            code("XEC", null, "Economic Community of West African States"),
            code("XES", null, "Organisation of Eastern Caribbean States"),
            code("XDC", null, "Southern African Development Community"),
            code("XMP", null, "international organization (ICAO 9303 part 3)"),
            code("XOM", null, "Sovereign Military Order of Malta or one of its emissaries"),
            code("XPO", null, "International Criminal Police Organization (INTERPOL)"),
            code("XXA", null, "stateless person (1954 Convention)"),
            code("XXB", null, "refugee (1951 Convention)"),
            code("XXC", null, "refugee other than under the 1951 Convention"),
            code("XXX", null, "person of unspecified nationality"),
            code("ANT", null, "Netherlands Antilles (former)"),
            code("NTZ", null, "Neutral Zone (former)"),
            code("UTO", null, "Utopia (ICAO specimen documents)"));

    private record IcaoCode(String country, String meaning) {}

    private IcaoStateCodes() {}

    /** True for an assigned ISO 3166-1 alpha-3 code, in capitals. */
    public static boolean isIso3166Alpha3(String code) {
        return code != null && ISO_3166_ALPHA_3.contains(code);
    }

    /** True for an ISO 3166-1 alpha-3 code or one of ICAO 9303 part 3's own codes, in capitals. */
    public static boolean isIcao9303(String code) {
        return isIso3166Alpha3(code) || (code != null && ICAO_ONLY.containsKey(code));
    }

    /**
     * The ISO country to compare with the registry's codes: the code itself when it is ISO, the state ICAO's code
     * stands for ({@code D} is {@code DEU}, the British {@code GB?} codes are {@code GBR}), or empty when the code
     * names no country (an organization, a stateless person, a refugee, unspecified) or is unknown.
     */
    public static Optional<String> comparableCountry(String code) {
        if (isIso3166Alpha3(code)) {
            return Optional.of(code);
        }
        IcaoCode icao = code == null ? null : ICAO_ONLY.get(code);
        return icao == null ? Optional.empty() : Optional.ofNullable(icao.country());
    }

    /** What an ICAO-only code means, e.g. "stateless person (1954 Convention)"; empty for ISO and unknown codes. */
    public static Optional<String> icaoMeaning(String code) {
        IcaoCode icao = code == null ? null : ICAO_ONLY.get(code);
        return icao == null ? Optional.empty() : Optional.of(icao.meaning());
    }

    private static Map.Entry<String, IcaoCode> code(String code, String country, String meaning) {
        return Map.entry(code, new IcaoCode(country, meaning));
    }
}

package org.opensor.registry.api.place;

import java.util.Locale;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.matching.document.IcaoStateCodes;

/** An ISO 3166-1 alpha-3 country code, checked against identity-matching's one list of codes ({@link IcaoStateCodes}). */
public record CountryCode(String code) {

    /** Cambodia: the registry's home jurisdiction; convictions elsewhere are foreign convictions. */
    public static final CountryCode HOME = new CountryCode("KHM");

    /** @param field the input field, named in the error */
    public static CountryCode of(String code, String field) {
        String upper = upper(code);
        if (!IcaoStateCodes.isIso3166Alpha3(upper)) {
            throw new RuleViolation(
                    field, "iso-3166-alpha-3", field + " '" + code + "' is not an ISO 3166-1 alpha-3 country code");
        }
        return new CountryCode(upper);
    }

    /**
     * A nationality or issuing state as a travel document prints it: ISO 3166-1 alpha-3 or one of ICAO 9303 part 3's
     * own codes ({@code D}, {@code GBN}, {@code XXA}, {@code UNO}...).
     *
     * @param field the input field, named in the error
     * @return the code in capitals
     */
    public static String icao9303(String code, String field) {
        String upper = upper(code);
        if (!IcaoStateCodes.isIcao9303(upper)) {
            throw new RuleViolation(
                    field,
                    "icao-9303-state-code",
                    field + " '" + code
                            + "' is neither an ISO 3166-1 alpha-3 code nor one of the codes of ICAO Doc 9303 part 3 (D, GBN, XXA, UNO...)");
        }
        return upper;
    }

    private static String upper(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code;
    }
}

package org.opensor.registry.api.place;

import java.util.Locale;
import java.util.Set;
import org.opensor.registry.api.rules.RuleViolation;

/** An ISO 3166-1 alpha-3 country code, checked against the JDK's list of assigned codes. */
public record CountryCode(String code) {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** Cambodia: the registry's home jurisdiction; convictions elsewhere are foreign convictions. */
    public static final CountryCode HOME = new CountryCode("KHM");

    /** @param field the input field, named in the error */
    public static CountryCode of(String code, String field) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ASSIGNED.contains(upper)) {
            throw new RuleViolation(field, "iso-3166-alpha-3", field + " '" + code + "' is not an ISO 3166-1 alpha-3 country code");
        }
        return new CountryCode(upper);
    }

    @Override
    public String toString() {
        return code;
    }
}

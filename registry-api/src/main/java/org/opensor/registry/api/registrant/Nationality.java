package org.opensor.registry.api.registrant;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-3 country code, checked against the JDK's list of assigned codes. */
public record Nationality(String code) {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public static Nationality of(String code, String field) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!ASSIGNED.contains(upper)) {
            throw new InvalidRegistrantData(field, "iso-3166-alpha-3", field + " '" + code + "' is not an ISO 3166-1 alpha-3 country code");
        }
        return new Nationality(upper);
    }

    @Override
    public String toString() {
        return code;
    }
}

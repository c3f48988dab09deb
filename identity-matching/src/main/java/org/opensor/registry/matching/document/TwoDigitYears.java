package org.opensor.registry.matching.document;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which century a two-digit year on a travel document belongs to: a birth date lies in the past; an expiry date
 * lies at most {@value #MAX_YEARS_OF_VALIDITY} years ahead (passports run 10 years, some cards longer), otherwise
 * in the past.
 */
public final class TwoDigitYears {

    public static final int MAX_YEARS_OF_VALIDITY = 20;

    private TwoDigitYears() {}

    /**
     * The four-digit year of a birth date, the latest that does not put the date after {@code today}.
     *
     * @param month 1-12, or 0 if unknown
     * @param day   1-31, or 0 if unknown
     */
    public static int birthYear(int yy, int month, int day, LocalDate today) {
        int year = today.getYear() / 100 * 100 + yy;
        int knownMonth = Math.clamp(month, 1, 12);
        // Clamped so that 29 February of a year that has none still compares sensibly.
        int knownDay = Math.clamp(day, 1, YearMonth.of(year, knownMonth).lengthOfMonth());
        LocalDate earliest = LocalDate.of(year, knownMonth, knownDay);
        return earliest.isAfter(today) ? year - 100 : year;
    }

    /** The four-digit year of an expiry date. */
    public static int expiryYear(int yy, LocalDate today) {
        int year = today.getYear() / 100 * 100 + yy;
        if (year > today.getYear() + MAX_YEARS_OF_VALIDITY) {
            return year - 100;
        }
        return year < today.getYear() + MAX_YEARS_OF_VALIDITY - 100 ? year + 100 : year;
    }
}

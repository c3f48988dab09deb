package org.opensor.registry.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as precisely as it is known: a year, a year and month, or a full date, optionally
 * approximate by a number of years either way ("born about 1970").
 *
 * @param year           the year, e.g. 1970
 * @param month          1-12, or 0 when unknown
 * @param day            1-31, or 0 when unknown (always 0 when the month is unknown)
 * @param plusMinusYears 0 for a stated date; n for "year plus or minus n"
 */
public record PartialDate(int year, int month, int day, int plusMinusYears) {

    private static final Pattern ISO_LIKE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("invalid month/day: " + month + "/" + day);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day, e);
            }
        }
        if (plusMinusYears < 0) {
            throw new IllegalArgumentException("plusMinusYears must not be negative");
        }
    }

    /** Parses {@code 1970}, {@code 1970-05} or {@code 1970-05-12}. */
    public static PartialDate parse(String text) {
        Matcher m = ISO_LIKE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD: " + text);
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(Integer.parseInt(m.group(1)), month, day, 0);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day, 0);
    }

    /** A year known only approximately, e.g. {@code approximately(1970, 2)} for 1968 to 1972. */
    public static PartialDate approximately(int year, int plusMinusYears) {
        return new PartialDate(year, 0, 0, plusMinusYears);
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    public boolean isApproximate() {
        return plusMinusYears != 0;
    }

    /** {@code 1970}, {@code 1970-05}, {@code 1970-05-12} or {@code about 1970 (±2 years)}. */
    @Override
    public String toString() {
        if (isApproximate()) {
            return "about " + year + " (±" + plusMinusYears + (plusMinusYears == 1 ? " year)" : " years)");
        }
        if (!hasMonth()) {
            return Integer.toString(year);
        }
        return hasDay() ? "%d-%02d-%02d".formatted(year, month, day) : "%d-%02d".formatted(year, month);
    }
}

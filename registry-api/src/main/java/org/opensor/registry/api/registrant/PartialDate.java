package org.opensor.registry.api.registrant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as court and passport records often give it:
 * {@code 1971}, {@code 1971-03} or {@code 1971-03-12}.
 */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    /**
     * @param field the name of the input field, for the error
     * @param today dates after it are refused
     */
    public static PartialDate parse(String text, String field, LocalDate today) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidRegistrantData(
                    field, "partial-date", field + " must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.parseInt(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        try {
            LocalDate earliest = day != null
                    ? LocalDate.of(year, month, day)
                    : month != null ? YearMonth.of(year, month).atDay(1) : LocalDate.of(year, 1, 1);
            if (earliest.isAfter(today)) {
                throw new InvalidRegistrantData(field, "not-in-future", field + " " + text + " is in the future");
            }
            if (year < 1900) {
                throw new InvalidRegistrantData(field, "plausible-year", field + " " + text + " is before 1900");
            }
        } catch (DateTimeException e) {
            throw new InvalidRegistrantData(
                    field, "calendar-date", field + " " + text + " is not a date in the calendar");
        }
        return new PartialDate(year, month, day);
    }

    /** The first day the date can mean: {@code 1971} → 1971-01-01, {@code 1971-03} → 1971-03-01. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    @Override
    public String toString() {
        return day != null
                ? "%04d-%02d-%02d".formatted(year, month, day)
                : month != null ? "%04d-%02d".formatted(year, month) : "%04d".formatted(year);
    }
}

package org.opensor.registry.matching.document.paxlst;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.document.TwoDigitYears;

/**
 * DTM values in the formats PAXLST uses (code list 2379): 101 YYMMDD, 102 CCYYMMDD, 201 YYMMDDHHMM,
 * 203 CCYYMMDDHHMM. When the format code is missing it follows from the length. Two-digit years get their century
 * from {@link TwoDigitYears}; flight times are taken to be this century.
 */
final class EdifactDates {

    private final LocalDate today;

    EdifactDates(LocalDate today) {
        this.today = today;
    }

    /** @throws DateTimeException if the value is no date in its format */
    PartialDate birthDate(String value, String format) {
        String digits = dateDigits(value, format);
        int month = Integer.parseInt(digits.substring(digits.length() - 4, digits.length() - 2));
        int day = Integer.parseInt(digits.substring(digits.length() - 2));
        int year = digits.length() == 8
                ? Integer.parseInt(digits.substring(0, 4))
                : TwoDigitYears.birthYear(
                        Integer.parseInt(digits.substring(0, 2)),
                        Math.clamp(month, 1, 12),
                        Math.clamp(day, 1, 31),
                        today);
        return PartialDate.of(year, month, day);
    }

    /** @throws DateTimeException if the value is no date in its format */
    LocalDate expiryDate(String value, String format) {
        String digits = dateDigits(value, format);
        int year = digits.length() == 8
                ? Integer.parseInt(digits.substring(0, 4))
                : TwoDigitYears.expiryYear(Integer.parseInt(digits.substring(0, 2)), today);
        return LocalDate.of(
                year,
                Integer.parseInt(digits.substring(digits.length() - 4, digits.length() - 2)),
                Integer.parseInt(digits.substring(digits.length() - 2)));
    }

    /** @throws DateTimeException if the value is no date and time in its format */
    LocalDateTime flightTime(String value, String format) {
        if (!value.matches("\\d{10}|\\d{12}") || !(format.isEmpty() || format.equals("201") || format.equals("203"))) {
            throw new DateTimeException("expected YYMMDDHHMM (201) or CCYYMMDDHHMM (203)");
        }
        String full = value.length() == 10 ? (today.getYear() / 100) + value : value;
        return LocalDateTime.of(
                Integer.parseInt(full.substring(0, 4)),
                Integer.parseInt(full.substring(4, 6)),
                Integer.parseInt(full.substring(6, 8)),
                Integer.parseInt(full.substring(8, 10)),
                Integer.parseInt(full.substring(10, 12)));
    }

    private static String dateDigits(String value, String format) {
        boolean ok = switch (format) {
            case "101" -> value.matches("\\d{6}");
            case "102" -> value.matches("\\d{8}");
            case "" -> value.matches("\\d{6}|\\d{8}");
            default -> false;
        };
        if (!ok) {
            throw new DateTimeException("expected YYMMDD (101) or CCYYMMDD (102)");
        }
        return value;
    }
}

package org.opensor.registry.matching.document.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.document.TwoDigitYears;

/** MRZ dates are YYMMDD; the century comes from {@link TwoDigitYears} relative to today. */
final class MrzDates {

    private final LocalDate today;

    MrzDates(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    /**
     * A birth date; {@code <<} for an unknown month or day gives a partial date, all fillers gives null.
     *
     * @throws DateTimeException if the digits are not a calendar date
     */
    PartialDate birth(String yymmdd) {
        if (yymmdd.chars().allMatch(c -> c == '<')) {
            return null;
        }
        if (yymmdd.substring(0, 2).contains("<")) {
            throw new DateTimeException("the year is not given");
        }
        String mm = yymmdd.substring(2, 4);
        String dd = yymmdd.substring(4, 6);
        int month = mm.contains("<") ? 0 : Integer.parseInt(mm);
        int day = month == 0 || dd.contains("<") ? 0 : Integer.parseInt(dd);
        if (month > 12) {
            throw new DateTimeException("no month " + month);
        }
        int year = TwoDigitYears.birthYear(Integer.parseInt(yymmdd.substring(0, 2)), month, day, today);
        try {
            return new PartialDate(year, month, day, 0);
        } catch (IllegalArgumentException e) {
            throw new DateTimeException(e.getMessage());
        }
    }

    /**
     * An expiry date.
     *
     * @throws DateTimeException if the digits are not a calendar date
     */
    LocalDate expiry(String yymmdd) {
        int year = TwoDigitYears.expiryYear(Integer.parseInt(yymmdd.substring(0, 2)), today);
        return LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
    }
}

package org.opensor.registry.matching.score;

import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * Compares two dates of birth at the precision both share: full dates, year and month, year only, or an
 * approximate year range. Also recognizes day and month swapped (12/05 against 05/12), a frequent slip
 * between date formats. Two full dates with one part off (year, month or day) may be one date mistyped; with two or
 * three parts off, even within a year, they are two dates.
 */
final class DateOfBirthComparison {

    private final ScoringSettings settings;

    DateOfBirthComparison(ScoringSettings settings) {
        this.settings = settings;
    }

    /** The adjustment for these two dates, or null if either is unknown. Its reason is worded when read. */
    Adjustment compare(PartialDate query, PartialDate record) {
        if (query == null || record == null) {
            return null;
        }
        if (query.isApproximate() || record.isApproximate()) {
            int gap = Math.max(
                    query.year() - query.plusMinusYears() - (record.year() + record.plusMinusYears()),
                    record.year() - record.plusMinusYears() - (query.year() + query.plusMinusYears()));
            if (gap <= 0) {
                return new Adjustment(
                        settings.dobApproximateBonus(),
                        () -> Reason.of(
                                "dob.consistent",
                                said(query) + " is consistent with " + record,
                                arg(query),
                                arg(record)));
            }
            return yearsApart(gap, query, record);
        }
        if (query.hasDay()
                && record.hasDay()
                && Math.abs(query.year() - record.year()) <= 1
                && partsDiffering(query, record) >= 2
                && !(query.month() == record.day() && query.day() == record.month())) {
            // One part off is a slip; two or three are another date, however near (a namesake born the year before).
            return new Adjustment(
                    -settings.dobMismatchPenalty(),
                    () -> Reason.of(
                            "dob.differs." + differingCode(query, record),
                            said(query) + " differs from " + record + " in "
                                    + (partsDiffering(query, record) == 3
                                            ? "year, month and day"
                                            : differingParts(query, record)),
                            arg(query),
                            arg(record)));
        }
        if (query.year() != record.year()) {
            return yearsApart(Math.abs(query.year() - record.year()), query, record);
        }
        if (!query.hasMonth() || !record.hasMonth()) {
            return new Adjustment(
                    settings.dobYearBonus(),
                    () -> Reason.of("dob.year", said(query) + " matches year of " + record, arg(query), arg(record)));
        }
        if (query.hasDay() && record.hasDay()) {
            if (query.month() == record.month() && query.day() == record.day()) {
                return new Adjustment(
                        settings.dobExactBonus(),
                        () -> Reason.of("dob.exact", said(query) + " matches exactly", arg(query)),
                        true);
            }
            if (query.month() == record.day() && query.day() == record.month()) {
                return new Adjustment(
                        settings.dobDayMonthSwapBonus(),
                        () -> Reason.of(
                                "dob.swapped",
                                said(query) + " matches " + record + " with day and month swapped",
                                arg(query),
                                arg(record)),
                        true);
            }
            if (query.month() == record.month()) {
                return new Adjustment(
                        0,
                        () -> Reason.of(
                                "dob.otherDay",
                                said(query) + " has the year and month of " + record + " but another day",
                                arg(query),
                                arg(record)));
            }
        } else if (query.month() == record.month()) {
            return new Adjustment(
                    settings.dobYearMonthBonus(),
                    () -> Reason.of(
                            "dob.yearMonth",
                            said(query) + " matches year and month of " + record,
                            arg(query),
                            arg(record)));
        }
        return new Adjustment(
                -settings.dobNearMissPenalty(),
                () -> Reason.of(
                        "dob.otherMonth",
                        said(query) + " has the year of " + record + " but another month",
                        arg(query),
                        arg(record)));
    }

    /**
     * Whether two full dates differ by one typing slip: the month alone, the day alone, or one digit of the year alone
     * (or two neighbouring digits swapped). Approximate or partial dates never do.
     */
    static boolean oneTypingSlipApart(PartialDate query, PartialDate record) {
        if (query == null
                || record == null
                || !query.hasDay()
                || !record.hasDay()
                || query.isApproximate()
                || record.isApproximate()
                || partsDiffering(query, record) != 1) {
            return false;
        }
        return query.year() == record.year()
                || Levenshtein.withTranspositions(Integer.toString(query.year()), Integer.toString(record.year())) == 1;
    }

    private static int partsDiffering(PartialDate query, PartialDate record) {
        return (query.year() != record.year() ? 1 : 0)
                + (query.month() != record.month() ? 1 : 0)
                + (query.day() != record.day() ? 1 : 0);
    }

    private static String differingParts(PartialDate query, PartialDate record) {
        if (query.year() == record.year()) {
            return "month and day";
        }
        return query.month() == record.month() ? "year and day" : "year and month";
    }

    /** Which parts differ, as a code: {@code all}, {@code monthDay}, {@code yearDay} or {@code yearMonth}. */
    private static String differingCode(PartialDate query, PartialDate record) {
        if (partsDiffering(query, record) == 3) {
            return "all";
        }
        if (query.year() == record.year()) {
            return "monthDay";
        }
        return query.month() == record.month() ? "yearDay" : "yearMonth";
    }

    /** A date as a reason's argument, in figures only: {@code 1970-05-12}, or {@code 1970 ±2} for an approximate one. */
    static String arg(PartialDate date) {
        return date.isApproximate() ? date.year() + " ±" + date.plusMinusYears() : date.toString();
    }

    private static String said(PartialDate query) {
        return "date of birth " + query;
    }

    private Adjustment yearsApart(int years, PartialDate query, PartialDate record) {
        if (years == 1) {
            return new Adjustment(
                    -settings.dobNearMissPenalty(),
                    () -> Reason.of(
                            "dob.oneYear", said(query) + " is one year from " + record, arg(query), arg(record)));
        }
        // The further apart, the less likely a slip: the penalty grows with every year beyond two.
        double penalty = Math.min(
                settings.dobFarPenalty(), settings.dobMismatchPenalty() + settings.dobPenaltyPerYear() * (years - 2));
        return new Adjustment(
                -penalty,
                () -> Reason.of("dob.differs", said(query) + " does not match " + record, arg(query), arg(record)));
    }
}

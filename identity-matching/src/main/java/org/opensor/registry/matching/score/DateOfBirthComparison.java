package org.opensor.registry.matching.score;

import org.opensor.registry.matching.PartialDate;

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
                        settings.dobApproximateBonus(), () -> said(query) + " is consistent with " + record);
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
                    () -> said(query) + " differs from " + record + " in "
                            + (partsDiffering(query, record) == 3
                                    ? "year, month and day"
                                    : differingParts(query, record)));
        }
        if (query.year() != record.year()) {
            return yearsApart(Math.abs(query.year() - record.year()), query, record);
        }
        if (!query.hasMonth() || !record.hasMonth()) {
            return new Adjustment(settings.dobYearBonus(), () -> said(query) + " matches year of " + record);
        }
        if (query.hasDay() && record.hasDay()) {
            if (query.month() == record.month() && query.day() == record.day()) {
                return new Adjustment(settings.dobExactBonus(), () -> said(query) + " matches exactly", true);
            }
            if (query.month() == record.day() && query.day() == record.month()) {
                return new Adjustment(
                        settings.dobDayMonthSwapBonus(),
                        () -> said(query) + " matches " + record + " with day and month swapped",
                        true);
            }
            if (query.month() == record.month()) {
                return new Adjustment(
                        0, () -> said(query) + " has the year and month of " + record + " but another day");
            }
        } else if (query.month() == record.month()) {
            return new Adjustment(
                    settings.dobYearMonthBonus(), () -> said(query) + " matches year and month of " + record);
        }
        return new Adjustment(
                -settings.dobNearMissPenalty(),
                () -> said(query) + " has the year of " + record + " but another month");
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

    private static String said(PartialDate query) {
        return "date of birth " + query;
    }

    private Adjustment yearsApart(int years, PartialDate query, PartialDate record) {
        if (years == 1) {
            return new Adjustment(-settings.dobNearMissPenalty(), () -> said(query) + " is one year from " + record);
        }
        // The further apart, the less likely a slip: the penalty grows with every year beyond two.
        double penalty = Math.min(
                settings.dobFarPenalty(), settings.dobMismatchPenalty() + settings.dobPenaltyPerYear() * (years - 2));
        return new Adjustment(-penalty, () -> said(query) + " does not match " + record);
    }
}

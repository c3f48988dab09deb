package org.opensor.registry.api.statute;

/**
 * Imprisonment an article provides, in months, as a published text states it.
 *
 * @param minMonths           the least imprisonment
 * @param maxMonths           the most, without aggravating circumstances
 * @param aggravatedMaxMonths the most with the aggravating circumstances the article lists, or null when it lists none
 */
public record PenaltyRange(int minMonths, int maxMonths, Integer aggravatedMaxMonths) {

    public PenaltyRange {
        if (minMonths < 0
                || maxMonths < minMonths
                || (aggravatedMaxMonths != null && aggravatedMaxMonths < maxMonths)) {
            throw new IllegalArgumentException("need 0 <= min <= max <= aggravated max");
        }
    }

    /** The most the article allows at all: what an extradition's minimum-penalty rule compares with. */
    public int ceilingMonths() {
        return aggravatedMaxMonths == null ? maxMonths : aggravatedMaxMonths;
    }
}

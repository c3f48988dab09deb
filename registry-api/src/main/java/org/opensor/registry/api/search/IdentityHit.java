package org.opensor.registry.api.search;

import java.util.List;
import org.opensor.registry.matching.score.MatchBand;

/**
 * One ranked hit: who, how sure, and why, in words an officer can check against the record.
 *
 * @param withheld null for an ordinary hit; for a border screening hit on a record restricted to units the officer
 *                 does not belong to, whom to contact and what to do, while the name and reasons are left out
 */
public record IdentityHit(
        String registrantId,
        String displayName,
        double score,
        MatchBand band,
        List<String> reasons,
        Withheld withheld) {

    public IdentityHit(String registrantId, String displayName, double score, MatchBand band, List<String> reasons) {
        this(registrantId, displayName, score, band, reasons, null);
    }

    /** A hit on a restricted record, as an officer of another unit at a border sees it. */
    public static IdentityHit withheld(String registrantId, double score, MatchBand band, List<String> contactUnits) {
        return new IdentityHit(
                registrantId,
                null,
                score,
                band,
                List.of(),
                new Withheld(contactUnits, Withheld.instructionFor(contactUnits)));
    }

    /**
     * What a border officer of another unit is told instead of the details.
     *
     * @param contactUnits the units the record is restricted to, one of which must be called
     * @param instruction  what to do now, in words
     */
    public record Withheld(List<String> contactUnits, String instruction) {

        static String instructionFor(List<String> units) {
            return "STOP: hold the traveller for secondary inspection. The record is restricted: contact unit "
                    + String.join(" or ", units) + " before the traveller is released or told why.";
        }
    }
}

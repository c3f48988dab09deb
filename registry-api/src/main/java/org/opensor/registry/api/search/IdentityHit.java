package org.opensor.registry.api.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.Reason;

/**
 * One ranked hit: who, how sure, and why, in words an officer can check against the record.
 *
 * @param reasons   why, in English: the API's words
 * @param withheld  null for an ordinary hit; for a border screening hit on a record restricted to units the officer
 *                  does not belong to, whom to contact and what to do, while the name and reasons are left out
 * @param explained the same reasons with their codes and arguments, for the console to word in the reader's
 *                  language; not part of the API's JSON
 */
public record IdentityHit(
        String registrantId,
        String displayName,
        double score,
        MatchBand band,
        List<String> reasons,
        Withheld withheld,
        @JsonIgnore List<Reason> explained) {

    public IdentityHit {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        explained = explained == null ? reasons.stream().map(Reason::worded).toList() : List.copyOf(explained);
    }

    public IdentityHit(String registrantId, String displayName, double score, MatchBand band, List<String> reasons) {
        this(registrantId, displayName, score, band, reasons, null, null);
    }

    /** A hit explained by the matcher: its reasons in English for the API, and with their codes for the console. */
    public static IdentityHit explained(
            String registrantId, String displayName, double score, MatchBand band, List<Reason> reasons) {
        return new IdentityHit(
                registrantId,
                displayName,
                score,
                band,
                reasons.stream().map(Reason::text).toList(),
                null,
                reasons);
    }

    /** A hit on a restricted record, as an officer of another unit at a border sees it. */
    public static IdentityHit withheld(String registrantId, double score, MatchBand band, List<String> contactUnits) {
        return new IdentityHit(
                registrantId,
                null,
                score,
                band,
                List.of(),
                new Withheld(contactUnits, Withheld.instructionFor(contactUnits)),
                List.of());
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

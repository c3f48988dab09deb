package org.opensor.registry.api.decree;

import java.util.List;
import java.util.UUID;
import org.opensor.registry.matching.score.Reason;

/**
 * What a decree line is linked to, and why.
 *
 * @param state        the link's state
 * @param registrantId the registrant linked or proposed, or null
 * @param displayName  that registrant's name as recorded, or null (also when the record is restricted from the clerk)
 * @param score        the match score, or null
 * @param band         STRONG, POSSIBLE or WEAK, or null
 * @param reasons      the matcher's reasons, in English: what the API gives
 * @param runnerUpId   the next most likely registrant when the matcher hesitated between two, or null
 * @param decidedBy    the clerk who confirmed or rejected, or null
 * @param explained    the same reasons with their codes and arguments, for the console to word in the reader's
 *                     language; null for a line stored before the codes were kept, which has its English only
 */
public record LineLink(
        LinkState state,
        UUID registrantId,
        String displayName,
        Double score,
        String band,
        List<String> reasons,
        UUID runnerUpId,
        String decidedBy,
        List<Reason> explained) {

    public LineLink {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        explained = explained == null ? null : List.copyOf(explained);
    }

    /** A link whose reasons are known by their English words only. */
    public LineLink(
            LinkState state,
            UUID registrantId,
            String displayName,
            Double score,
            String band,
            List<String> reasons,
            UUID runnerUpId,
            String decidedBy) {
        this(state, registrantId, displayName, score, band, reasons, runnerUpId, decidedBy, null);
    }

    /** A link the matcher made: the API's English taken from the explained reasons. */
    static LineLink explained(
            LinkState state,
            UUID registrantId,
            String displayName,
            Double score,
            String band,
            List<Reason> explained,
            UUID runnerUpId) {
        return new LineLink(
                state,
                registrantId,
                displayName,
                score,
                band,
                explained.stream().map(Reason::text).toList(),
                runnerUpId,
                null,
                explained);
    }

    public LineLink decided(LinkState decision, UUID registrant, String name, String clerk) {
        return new LineLink(decision, registrant, name, score, band, reasons, runnerUpId, clerk, explained);
    }
}

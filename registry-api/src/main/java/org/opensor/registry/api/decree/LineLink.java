package org.opensor.registry.api.decree;

import java.util.List;
import java.util.UUID;

/**
 * What a decree line is linked to, and why.
 *
 * @param state        the link's state
 * @param registrantId the registrant linked or proposed, or null
 * @param displayName  that registrant's name as recorded, or null (also when the record is restricted from the clerk)
 * @param score        the match score, or null
 * @param band         STRONG, POSSIBLE or WEAK, or null
 * @param reasons      the matcher's reasons, in words
 * @param runnerUpId   the next most likely registrant when the matcher hesitated between two, or null
 * @param decidedBy    the clerk who confirmed or rejected, or null
 */
public record LineLink(
        LinkState state,
        UUID registrantId,
        String displayName,
        Double score,
        String band,
        List<String> reasons,
        UUID runnerUpId,
        String decidedBy) {

    public LineLink {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public LineLink decided(LinkState decision, UUID registrant, String name, String clerk) {
        return new LineLink(decision, registrant, name, score, band, reasons, runnerUpId, clerk);
    }
}

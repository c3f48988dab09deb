package org.opensor.registry.api.decree.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.decree.DecreeKind;
import org.opensor.registry.api.decree.ImpactPreview;
import org.opensor.registry.api.decree.LinkState;

/**
 * What applying the decree would do, before anything is recorded.
 *
 * @param effectiveDate the date the custody events would take effect
 * @param totals        the counts over the lines that would be applied
 * @param rows          one per line, in list order
 */
public record PreviewResponse(
        UUID decreeId,
        String decreeNumber,
        DecreeKind kind,
        Integer reductionMonths,
        LocalDate effectiveDate,
        PreviewTotals totals,
        List<PreviewRow> rows) {

    /**
     * One line.
     *
     * @param custodyStatus             the registrant's custody status now
     * @param releaseDate               when the person would leave custody because of the decree; absent when they would not
     * @param releaseDueNow             for a reduction: the recomputed end of sentence has passed, release is due at once
     * @param releaseDistrict           district of the current residence, whose police are alerted
     * @param childSexOffence           convicted of a sexual offence against a child
     * @param childSexOffences          those convictions, as "statute art. N (judgment date)"
     * @param nationalities             ISO 3166-1 alpha-3 codes
     * @param deportationDecisionNeeded a foreign national would be released: a deportation decision is needed
     * @param wantedElsewhere           a foreign request for the person is open
     * @param blockedBy                 the custody rule that would refuse this line; applying is refused while any line has one
     * @param notes                     what else the clerk should know
     */
    public record PreviewRow(
            int lineNumber,
            String lineName,
            LinkState state,
            UUID registrantId,
            String displayName,
            String custodyStatus,
            LocalDate releaseDate,
            boolean releaseDueNow,
            String releaseDistrict,
            boolean childSexOffence,
            List<String> childSexOffences,
            List<String> nationalities,
            boolean deportationDecisionNeeded,
            boolean wantedElsewhere,
            String blockedBy,
            List<String> notes) {}

    /**
     * The counts a reader looks for first.
     *
     * @param applicable        lines a custody event would be recorded for (auto-linked or confirmed)
     * @param toConfirm         lines that wait for the clerk
     * @param releases          applicable lines whose person would be released
     * @param childSexOffenders applicable lines whose person is convicted of a sexual offence against a child
     */
    public record PreviewTotals(
            int lines,
            int applicable,
            int toConfirm,
            int notInRegistry,
            int rejected,
            int releases,
            int childSexOffenders,
            int deportationDecisions,
            int wantedElsewhere,
            int blocked) {}

    static PreviewResponse of(ImpactPreview p) {
        ImpactPreview.Totals t = p.totals();
        return new PreviewResponse(
                p.decreeId().value(),
                p.decreeNumber(),
                p.kind(),
                p.reductionMonths(),
                p.effectiveDate(),
                new PreviewTotals(
                        t.lines(),
                        t.applicable(),
                        t.toConfirm(),
                        t.notInRegistry(),
                        t.rejected(),
                        t.releases(),
                        t.childSexOffenders(),
                        t.deportationDecisions(),
                        t.wantedElsewhere(),
                        t.blocked()),
                p.rows().stream()
                        .map(r -> new PreviewRow(
                                r.lineNumber(),
                                r.lineName(),
                                r.state(),
                                r.registrantId(),
                                r.displayName(),
                                r.custodyStatus(),
                                r.releaseDate(),
                                r.releaseDueNow(),
                                r.releaseDistrict(),
                                r.childSexOffence(),
                                r.childSexOffences(),
                                r.nationalities(),
                                r.deportationDecisionNeeded(),
                                r.wantedElsewhere(),
                                r.blockedBy(),
                                r.notes().stream().map(ImpactPreview.Note::text).toList()))
                        .toList());
    }
}

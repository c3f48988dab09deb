package org.opensor.registry.api.decree;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What applying a decree would do, line by line, before anything is recorded: the evidence a ministry needs to object
 * (every beneficiary convicted of a sexual offence against a child is flagged) and what the police, the border and the
 * prosecutor must prepare for.
 *
 * @param effectiveDate the date the custody events would take effect
 * @param rows          one per decree line, in list order
 * @param totals        the counts a reader looks for first
 */
public record ImpactPreview(
        DecreeId decreeId,
        String decreeNumber,
        DecreeKind kind,
        Integer reductionMonths,
        LocalDate effectiveDate,
        List<Row> rows,
        Totals totals) {

    public ImpactPreview {
        rows = List.copyOf(rows);
    }

    /**
     * One line.
     *
     * @param registrantId              the registrant linked or proposed, or null
     * @param custodyStatus             the registrant's custody status now, or null
     * @param releaseDate               when the person would leave custody because of the decree, or null when they would not
     * @param releaseDueNow             for a reduction: the recomputed end of sentence has passed, so release is due at once
     * @param releaseDistrict           district of the current residence (where the police are alerted), or null
     * @param childSexOffences          the convictions for a sexual offence against a child, as "statute art. N (date)"
     * @param nationalities             the registrant's nationalities
     * @param deportationDecisionNeeded a foreign national would be released: someone must decide on deportation
     * @param wantedElsewhere           a foreign request for the person is open
     * @param blockedBy                 the custody rule that would refuse the line, or null; applying is refused while any is
     * @param notes                     what else the clerk should know
     */
    public record Row(
            int lineNumber,
            String lineName,
            LinkState state,
            UUID registrantId,
            String displayName,
            String custodyStatus,
            LocalDate releaseDate,
            boolean releaseDueNow,
            String releaseDistrict,
            List<String> childSexOffences,
            List<String> nationalities,
            boolean deportationDecisionNeeded,
            boolean wantedElsewhere,
            String blockedBy,
            List<Note> notes) {

        public Row {
            childSexOffences = List.copyOf(childSexOffences);
            nationalities = List.copyOf(nationalities);
            notes = List.copyOf(notes);
        }

        public boolean childSexOffence() {
            return !childSexOffences.isEmpty();
        }
    }

    /**
     * Something the clerk should know about a line: a code ({@code decree.note.<code>} in the console's bundles),
     * its particulars (dates, a custody status) and the API's English.
     */
    public record Note(String code, List<Object> arguments, String text) {

        public Note {
            arguments = List.copyOf(arguments);
        }

        static Note of(String code, String text, Object... arguments) {
            return new Note(code, List.of(arguments), text);
        }
    }

    /**
     * @param applicable   lines a custody event would be recorded for (auto-linked or confirmed)
     * @param toConfirm    lines that wait for the clerk
     * @param releases     applicable lines whose person would be released
     * @param childSexOffenders applicable lines whose person is convicted of a sexual offence against a child
     */
    public record Totals(
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
}

package org.opensor.registry.api.console.alert;

import java.util.List;
import java.util.UUID;

/**
 * One alert as a row of the inbox: what it is, how urgent, who it is about (enough to recognise them at a desk,
 * never conviction detail), why, the deadline and whether it has passed, and who acknowledged it.
 *
 * @param subjectName     "KEOVANNA Rithisak", or null when the registry has no such record
 * @param deadline        when it must be acknowledged, in the registry's time zone and the reader's language, e.g. "1 Mar 2026 16:10"
 * @param overdue         still open (or escalated) after the deadline
 * @param deadlineAt      the deadline as ISO 8601 in UTC, for the desk's live countdown and order; null when there is none
 * @param reasonInEnglish the reason and rationale are the notification worker's English (an alert issued before it sent
 *                        codes, or with a code this version has no words for): the page marks them {@code lang="en"}
 */
public record AlertRow(
        UUID id,
        String type,
        String typeLabel,
        String severity,
        String state,
        String reason,
        String rationale,
        List<String> recipients,
        UUID registrantId,
        String subjectName,
        String originalScriptName,
        String dateOfBirth,
        List<String> documents,
        String issuedAt,
        String deadline,
        boolean overdue,
        String acknowledgedBy,
        String acknowledgedAt,
        String acknowledgementNote,
        String deadlineAt,
        boolean reasonInEnglish) {

    /** 0 for the most pressing: the desk shows critical before urgent before routine when deadlines tie. */
    public int severityRank() {
        return switch (severity) {
            case "CRITICAL" -> 0;
            case "URGENT" -> 1;
            default -> 2;
        };
    }

    /** How far on the alert is (0 open, 1 escalated, 2 acknowledged): it only ever moves forwards. */
    public int stateRank() {
        return switch (state) {
            case "ESCALATED" -> 1;
            case "ACKNOWLEDGED" -> 2;
            default -> 0;
        };
    }

    public boolean open() {
        return !"ACKNOWLEDGED".equals(state);
    }

    /** GOV.UK tag colour of the severity; the word is always shown with it. */
    public String severityClass() {
        return switch (severity) {
            case "CRITICAL" -> "govuk-tag--red";
            case "URGENT" -> "govuk-tag--orange";
            default -> "govuk-tag--blue";
        };
    }

    public String stateClass() {
        return switch (state) {
            case "ESCALATED" -> "govuk-tag--red";
            case "ACKNOWLEDGED" -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }
}

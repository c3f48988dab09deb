package org.opensor.registry.api.console.alert;

import java.util.List;
import java.util.UUID;

/**
 * One alert as a row of the inbox: what it is, how urgent, who it is about (enough to recognise them at a desk,
 * never conviction detail), why, the deadline and whether it has passed, and who acknowledged it.
 *
 * @param subjectName     "KEOVANNA Rithisak", or null when the registry has no such record
 * @param deadline        when it must be acknowledged, in the registry's time zone, e.g. "1 Mar 2026 16:10"
 * @param overdue         still open (or escalated) after the deadline
 */
public record AlertRow(UUID id, String type, String typeLabel, String severity, String state, String reason, String rationale,
                       List<String> recipients, UUID registrantId, String subjectName, String originalScriptName,
                       String dateOfBirth, List<String> documents, String issuedAt, String deadline, boolean overdue,
                       String acknowledgedBy, String acknowledgedAt, String acknowledgementNote) {

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

    public String stateLabel() {
        return switch (state) {
            case "OPEN" -> "Open";
            case "ESCALATED" -> "Escalated";
            case "ACKNOWLEDGED" -> "Acknowledged";
            default -> state;
        };
    }

    public String stateClass() {
        return switch (state) {
            case "ESCALATED" -> "govuk-tag--red";
            case "ACKNOWLEDGED" -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }

    public String severityLabel() {
        return severity.isEmpty() ? severity : severity.charAt(0) + severity.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}

package org.opensor.registry.api.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert in the inbox, as issued by the notification worker and as it has since moved on. */
public record Alert(
        UUID id,
        String type,
        String severity,
        UUID registrantId,
        List<String> recipients,
        String reason,
        String rationale,
        String rule,
        Instant acknowledgeBy,
        Instant issuedAt,
        AlertState state,
        Instant escalatedAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String acknowledgementNote,
        Instant updatedAt) {

    public Alert {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}

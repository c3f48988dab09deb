package org.opensor.registry.api.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.alert.AlertIssuedV1;

/**
 * An alert in the inbox, as issued by the notification worker and as it has since moved on. {@code reason} and
 * {@code rationale} are the worker's English (the API's); {@code wording} says the same as codes for the console to
 * word in the reader's language, or is null for an alert issued before the worker sent it.
 */
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
        Instant updatedAt,
        AlertIssuedV1.Wording wording) {

    public Alert {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}

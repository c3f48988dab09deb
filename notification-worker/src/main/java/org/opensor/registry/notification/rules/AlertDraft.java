package org.opensor.registry.notification.rules;

import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.notification.adminapi.AlertType;

/**
 * What a rule decided: an alert to issue. The alert service adds the id, deadline and state.
 *
 * @param rule          id of the rule that fired
 * @param sourceEventId the event the rule acted on (with the rule and recipient: the alert's idempotency key)
 * @param type          alert type
 * @param severity      severity
 * @param subject       the registrant
 * @param recipients    who must be told, never empty
 * @param reason        one line: why
 * @param rationale     the risk rationale a recipient reads
 * @param wording       the reason and the rationale as codes with their particulars, for a reader in another language
 */
public record AlertDraft(
        String rule,
        UUID sourceEventId,
        AlertType type,
        Severity severity,
        RegistrantFacts subject,
        List<Recipient> recipients,
        String reason,
        String rationale,
        AlertIssuedV1.Wording wording) {

    public AlertDraft {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an alert needs a recipient");
        }
    }
}

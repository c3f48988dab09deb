package org.opensor.registry.notification.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JSON body agencies receive, in the Standard Webhooks shape {@code {type, timestamp, data}}. Written once per
 * delivery and never rebuilt, so one webhook-id always carries the same bytes.
 *
 * @param type      {@code alert.issued}, {@code alert.escalated} or {@code alert.escalated.withheld}
 * @param timestamp when the event happened (not when it was sent)
 * @param data      the alert
 */
record WebhookBody(String type, Instant timestamp, Data data) {

    /**
     * @param alertId       the alert; quote it when acknowledging
     * @param alertType     what it is about
     * @param severity      ROUTINE, URGENT, CRITICAL
     * @param subject       who it is about: only what is needed to recognise the person
     * @param recipients    who the rules addressed
     * @param reason        one line
     * @param rationale     the risk rationale
     * @param acknowledgeBy the deadline
     * @param issuedAt      when issued
     * @param escalatedAt   when escalated (escalations only)
     * @param withheld      for an alert on a restricted record sent outside its units: whom to contact; null otherwise
     */
    record Data(
            UUID alertId,
            String alertType,
            String severity,
            Subject subject,
            List<String> recipients,
            String reason,
            String rationale,
            Instant acknowledgeBy,
            Instant issuedAt,
            Instant escalatedAt,
            Withheld withheld) {}

    /**
     * Why the details are missing and what to do.
     *
     * @param contactUnits the units the record is restricted to
     * @param instruction  what the receiver should do, in words
     */
    record Withheld(List<String> contactUnits, String instruction) {}

    /**
     * @param registrantId  registry id
     * @param familyName    family name in Latin letters, when known
     * @param givenNames    given names, when known
     * @param nationalities ISO 3166-1 alpha-3
     */
    record Subject(UUID registrantId, String familyName, String givenNames, List<String> nationalities) {}
}

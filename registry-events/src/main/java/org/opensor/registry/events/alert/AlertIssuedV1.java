package org.opensor.registry.events.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert issued by a notification rule. JSON schema: {@code schemas/alert-issued.v1.json}.
 *
 * @param alertId       id of the alert (also the Kafka key)
 * @param alertType     what the alert is about, e.g. {@code TRAVEL_NOTICE}, {@code UNDECLARED_TRAVEL}
 * @param severity      {@code ROUTINE}, {@code URGENT} or {@code CRITICAL}
 * @param registrantId  the registrant the alert is about
 * @param recipients    who must be told, e.g. {@code border-post:THA:BKK}, {@code liaison:THA}, {@code district-police:KHM:Chamkar Mon}
 * @param reason        one line saying why the alert was issued
 * @param rationale     the risk rationale a recipient reads, in words
 * @param rule          id of the rule that issued it
 * @param sourceEventId id of the event the rule acted on
 * @param acknowledgeBy deadline for an acknowledgement, after which the alert escalates
 * @param issuedAt      when the alert was issued
 */
public record AlertIssuedV1(
        UUID alertId,
        String alertType,
        String severity,
        UUID registrantId,
        List<String> recipients,
        String reason,
        String rationale,
        String rule,
        UUID sourceEventId,
        Instant acknowledgeBy,
        Instant issuedAt) {

    public AlertIssuedV1 {
        Objects.requireNonNull(alertId, "alertId is required");
        Objects.requireNonNull(alertType, "alertType is required");
        Objects.requireNonNull(severity, "severity is required");
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(reason, "reason is required");
        Objects.requireNonNull(rationale, "rationale is required");
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(sourceEventId, "sourceEventId is required");
        Objects.requireNonNull(acknowledgeBy, "acknowledgeBy is required");
        Objects.requireNonNull(issuedAt, "issuedAt is required");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}

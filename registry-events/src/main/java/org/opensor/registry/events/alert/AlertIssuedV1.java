package org.opensor.registry.events.alert;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param wording       the reason and the rationale as codes with their particulars, for a reader in another language;
 *                      absent on alerts issued before it was added (their reader keeps the English)
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
        Instant issuedAt,
        Wording wording) {

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

    /** An alert as issued before it carried its wording. */
    public AlertIssuedV1(
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
        this(
                alertId,
                alertType,
                severity,
                registrantId,
                recipients,
                reason,
                rationale,
                rule,
                sourceEventId,
                acknowledgeBy,
                issuedAt,
                null);
    }

    /**
     * The reason and the rationale as phrases a reader's language words on its own (the console's bundles), with the
     * same facts as the English {@code reason} and {@code rationale}.
     *
     * @param reason    the one line
     * @param rationale the rationale's sentences, in order
     */
    public record Wording(Phrase reason, List<Phrase> rationale) {

        public Wording {
            Objects.requireNonNull(reason, "reason is required");
            rationale = rationale == null ? List.of() : List.copyOf(rationale);
        }
    }

    /**
     * One line or sentence: what it says, by code, and its particulars by name, as the events write them (ISO dates,
     * ISO 3166-1 alpha-3 country codes, constants such as {@code DEPARTURE} or {@code ON_BAIL}, numbers, text as typed).
     *
     * @param code       e.g. {@code undeclared-travel}; stable, never reused for another meaning
     * @param parameters e.g. {@code borderPost=PNH, country=KHM, direction=DEPARTURE}; absent values are left out
     */
    public record Phrase(String code, Map<String, String> parameters) {

        public Phrase {
            Objects.requireNonNull(code, "code is required");
            Map<String, String> present = new LinkedHashMap<>();
            if (parameters != null) {
                parameters.forEach((name, value) -> {
                    if (name != null && value != null) {
                        present.put(name, value);
                    }
                });
            }
            parameters = Collections.unmodifiableMap(present);
        }

        /** A phrase from names and values in turn; a null value is left out. */
        public static Phrase of(String code, Object... namesAndValues) {
            if (namesAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("names and values come in pairs");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i + 1] != null) {
                    parameters.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
                }
            }
            return new Phrase(code, parameters);
        }
    }
}

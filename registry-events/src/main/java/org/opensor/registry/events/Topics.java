package org.opensor.registry.events;

/** Kafka topic names. The version is part of the name: a breaking change gets a new topic. */
public final class Topics {

    /** State-carrying registrant events, keyed by registrant id; a consumer can rebuild its view from it. */
    public static final String REGISTRANTS = "registry.registrants.v1";
    /** Travel notices declared or cancelled, and border hits. */
    public static final String TRAVEL = "registry.travel.v1";
    /** Alerts issued, delivered, escalated, acknowledged. */
    public static final String ALERTS = "registry.alerts.v1";
    /** Signed checkpoints of the audit chain's head (registry-api), kept outside PostgreSQL for the auditor. */
    public static final String AUDIT_CHECKPOINTS = "registry.audit-checkpoints.v1";

    private Topics() {}

    /** Where a consumer parks a message it cannot process, with the reason in the headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}

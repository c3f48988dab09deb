package org.opensor.registry.events.envelope;

/**
 * Kafka header names of the CloudEvents Kafka protocol binding (binary mode): the payload is the event data,
 * the attributes travel as {@code ce_}-prefixed headers.
 */
public final class CloudEventHeaders {

    /** Unique per event; consumers use it as their idempotency key. */
    public static final String ID = "ce_id";
    /** The event type, e.g. {@code org.opensor.registry.registrant.registered.v1}. */
    public static final String TYPE = "ce_type";
    /** Which service produced the event, e.g. {@code /registry-api}. */
    public static final String SOURCE = "ce_source";
    /** When the change happened (ISO-8601 instant). */
    public static final String TIME = "ce_time";
    /** The aggregate the event is about (also the Kafka key). */
    public static final String SUBJECT = "ce_subject";

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    /** Header a dead-letter message carries: why it could not be processed. */
    public static final String DEAD_LETTER_REASON = "dlq_reason";

    private CloudEventHeaders() {}
}

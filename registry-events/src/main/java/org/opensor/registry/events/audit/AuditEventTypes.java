package org.opensor.registry.events.audit;

/** CloudEvents {@code type} values of the audit trail's events. */
public final class AuditEventTypes {

    /** {@link AuditCheckpointV1} on {@code registry.audit-checkpoints.v1}, keyed by {@link #CHAIN_KEY}. */
    public static final String CHECKPOINT_V1 = "org.opensor.registry.audit.checkpoint.v1";
    /** The Kafka key of every checkpoint: there is one chain, and its checkpoints stay in order on one partition. */
    public static final String CHAIN_KEY = "audit-chain";

    private AuditEventTypes() {}
}

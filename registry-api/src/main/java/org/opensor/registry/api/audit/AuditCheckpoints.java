package org.opensor.registry.api.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.audit.AuditCheckpointV1;
import org.opensor.registry.events.audit.AuditEventTypes;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * At a fixed interval, verifies the audit chain from the last head it signed to the current one and, if every new entry
 * verifies, signs a checkpoint of the head and writes it outside PostgreSQL: appended to the checkpoint file (first, and
 * forced to disk) and published on {@code registry.audit-checkpoints.v1}. A chain that does not verify is never signed.
 */
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    static final String REFUSALS = "registry.audit.checkpoint.refusals";

    private final AuditTrail trail;
    private final AuditKeys keys;
    private final AuditCheckpointFile file;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;
    private final Counter refusals;
    private ChainWalk.Head verified;
    private long keyedFrom;
    private long lastSignedPosition = -1;

    /** @param meters where {@value #REFUSALS} is counted (the OpenSorAuditVerificationFailed alert) */
    AuditCheckpoints(
            AuditTrail trail,
            AuditKeys keys,
            AuditCheckpointFile file,
            KafkaTemplate<String, byte[]> kafka,
            Clock clock,
            MeterRegistry meters) {
        this.refusals = Counter.builder(REFUSALS)
                .description("Checkpoint rounds that found the audit chain not verifying")
                .register(meters);
        this.trail = trail;
        this.keys = keys;
        this.file = file;
        this.kafka = kafka;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${registry.audit.checkpoint-interval:1m}",
            fixedDelayString = "${registry.audit.checkpoint-interval:1m}")
    synchronized void checkpoint() {
        try {
            if (verified == null && !verifyWholeChain()) {
                return;
            }
            Optional<ChainWalk.Head> head = trail.verifiedHeadAfter(verified, keyedFrom);
            if (head.isEmpty()) {
                refusals.increment();
                log.error(
                        "The audit trail no longer verifies after position {}: no checkpoint is signed until it does; run the verification",
                        verified.position());
                return;
            }
            verified = head.get();
            if (verified.position() != lastSignedPosition) {
                sign(verified);
            }
        } catch (RuntimeException e) {
            // the exception's class only: a database message may quote what it refused
            log.error(
                    "The audit checkpoint could not be written ({}); the next attempt follows in one interval",
                    e.getClass().getName());
        }
    }

    private boolean verifyWholeChain() {
        List<AuditCheckpointV1> signed = file.read().checkpoints();
        ChainVerification verification = trail.verify();
        if (!verification.intact()) {
            refusals.increment();
            log.error(
                    "The audit trail does not verify at position {}: no checkpoint is signed until it does",
                    verification.brokenAtPosition());
            return false;
        }
        keyedFrom = trail.keyedFrom(signed);
        verified = trail.verifiedHeadAfter(trail.walkStart(), keyedFrom).orElse(null);
        return verified != null;
    }

    private void sign(ChainWalk.Head head) {
        String keyId = keys.currentId();
        AuditCheckpointV1 unsigned = new AuditCheckpointV1(
                head.position(),
                head.hash(),
                head.count(),
                keyedFrom,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                keyId,
                "-");
        AuditCheckpointV1 checkpoint = new AuditCheckpointV1(
                head.position(),
                head.hash(),
                head.count(),
                keyedFrom,
                unsigned.signedAt(),
                keyId,
                keys.hmac(keyId, unsigned.signedContent()));
        file.append(checkpoint);
        lastSignedPosition = head.position();
        publish(checkpoint);
    }

    private void publish(AuditCheckpointV1 checkpoint) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.AUDIT_CHECKPOINTS, AuditEventTypes.CHAIN_KEY, EventCodec.write(checkpoint));
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, AuditEventTypes.CHECKPOINT_V1);
        header(record, CloudEventHeaders.SOURCE, "/registry-api");
        header(record, CloudEventHeaders.TIME, checkpoint.signedAt().toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        kafka.send(record).whenComplete((result, failure) -> {
            if (failure != null) {
                log.warn(
                        "Audit checkpoint of position {} is in the checkpoint file but not on {} ({})",
                        checkpoint.position(),
                        Topics.AUDIT_CHECKPOINTS,
                        failure.getClass().getName());
            }
        });
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

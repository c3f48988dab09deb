package org.opensor.registry.indexer.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;

/**
 * A restriction change, an applied decree, a release guard or an erasure after retention on the registrant topic is
 * skipped, not dead-lettered.
 */
class RestrictionEventSkippedTest {

    @Test
    void aRestrictionChangeYieldsNoDocumentAndNoFailure() {
        UUID id = UUID.randomUUID();
        byte[] payload = EventCodec.write(
                new RecordRestrictionChangedV1(id, List.of("UNIT-A"), "registry-admin", Instant.now()));

        assertThat(RegistrantProjection.documentOf(record(id, RegistrantEventTypes.RESTRICTION_CHANGED_V1, payload)))
                .isNull();
    }

    @Test
    void anAppliedDecreeYieldsNoDocumentAndNoFailure() {
        UUID id = UUID.randomUUID();
        byte[] payload = EventCodec.write(new DecreeAppliedV1(
                UUID.randomUUID(),
                "NS/RKT/0213/120",
                LocalDate.of(2026, 4, 12),
                null,
                "PARDON",
                null,
                id,
                UUID.randomUUID(),
                LocalDate.of(2026, 4, 14),
                true,
                false,
                false,
                Instant.now()));

        assertThat(RegistrantProjection.documentOf(record(id, RegistrantEventTypes.DECREE_APPLIED_V1, payload)))
                .isNull();
    }

    @Test
    void aReleaseGuardYieldsNoDocumentAndNoFailure() {
        UUID id = UUID.randomUUID();
        byte[] payload = EventCodec.write(new ReleaseGuardRaisedV1(
                UUID.randomUUID(),
                id,
                id,
                "RELEASE",
                java.time.LocalDate.of(2026, 12, 24),
                List.of(new ReleaseGuardRaisedV1.Request(UUID.randomUUID(), "THA", "x", "OAG 1/2026", null)),
                "General Prosecutor",
                "clerk",
                Instant.now()));

        assertThat(RegistrantProjection.documentOf(record(id, RegistrantEventTypes.RELEASE_GUARD_RAISED_V1, payload)))
                .isNull();
    }

    @Test
    void anErasureAfterRetentionYieldsNoDocumentAndNoFailure() {
        UUID id = UUID.randomUUID();
        byte[] payload = EventCodec.write(new org.opensor.registry.events.registrant.RegistrantPersonalDataErasedV1(
                id, Instant.parse("2020-01-01T00:00:00Z"), Instant.now()));

        assertThat(RegistrantProjection.documentOf(record(id, RegistrantEventTypes.PERSONAL_DATA_ERASED_V1, payload)))
                .isNull();
    }

    @Test
    void anUnknownTypeIsStillMalformed() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> RegistrantProjection.documentOf(record(
                        id, "org.opensor.registry.registrant.surprise.v1", "{}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown event type");
    }

    private static ConsumerRecord<String, byte[]> record(UUID id, String type, byte[] payload) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.REGISTRANTS, 0, 0L, id.toString(), payload);
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}

package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.audit.AuditCheckpointV1;
import org.opensor.registry.events.envelope.EventCodec;

/** A checkpoint is one JSON line in the auditor's file and one Kafka value: it must read back exactly as written. */
class AuditCheckpointCodecTest {

    @Test
    void aCheckpointSurvivesTheCodecWithItsSignedContentUnchanged() {
        AuditCheckpointV1 checkpoint = new AuditCheckpointV1(
                42, "a".repeat(64), 40, 1, Instant.parse("2026-12-06T12:00:00.123456Z"), "1", "b".repeat(64));

        byte[] json = EventCodec.write(checkpoint);
        AuditCheckpointV1 read = EventCodec.read(json, AuditCheckpointV1.class);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .doesNotContain("signedContent")
                .doesNotContain("\n");
        assertThat(read).isEqualTo(checkpoint);
        assertThat(read.signedContent())
                .isEqualTo("audit-checkpoint.v1|42|" + "a".repeat(64) + "|40|1|2026-12-06T12:00:00.123456Z|1");
    }
}

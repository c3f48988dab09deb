package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;

/** The restriction travels on the registrant topic as its own type, read as strictly as the state. */
class RecordRestrictionChangedCodecTest {

    private final RecordRestrictionChangedV1 restricted = new RecordRestrictionChangedV1(
            UUID.fromString("0b6c0d55-5a8a-4b57-9a55-0d3f3c8e2a11"),
            List.of("UNIT-A", "UNIT-C"),
            "registry-admin",
            Instant.parse("2026-12-06T10:15:30Z"));

    @Test
    void writesAndReadsTheUnitsAndALiftedRestrictionAsAnEmptyList() {
        RecordRestrictionChangedV1 lifted = new RecordRestrictionChangedV1(
                restricted.registrantId(), List.of(), "registry-admin", restricted.changedAt());

        assertThat(new String(EventCodec.write(restricted), StandardCharsets.UTF_8))
                .contains("\"restrictedToUnits\":[\"UNIT-A\",\"UNIT-C\"]");
        assertThat(EventCodec.read(EventCodec.write(restricted), RecordRestrictionChangedV1.class))
                .isEqualTo(restricted);
        assertThat(new String(EventCodec.write(lifted), StandardCharsets.UTF_8)).contains("\"restrictedToUnits\":[]");
        assertThat(EventCodec.read(EventCodec.write(lifted), RecordRestrictionChangedV1.class)
                        .restricted())
                .isFalse();
    }

    @Test
    void refusesAnUnknownFieldAndAMissingUnitList() {
        String json = new String(EventCodec.write(restricted), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventCodec.read(
                        json.replace("{", "{\"surprise\":1,").getBytes(StandardCharsets.UTF_8),
                        RecordRestrictionChangedV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("surprise");
        assertThatThrownBy(() -> EventCodec.read(
                        json.replace("\"restrictedToUnits\":[\"UNIT-A\",\"UNIT-C\"],", "")
                                .getBytes(StandardCharsets.UTF_8),
                        RecordRestrictionChangedV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("restrictedToUnits");
    }

    @Test
    void isARegistrantTopicTypeButNotAStateType() {
        assertThat(RegistrantEventTypes.RESTRICTION_CHANGED_V1)
                .isEqualTo("org.opensor.registry.registrant.restriction-changed.v1");
        assertThat(RegistrantEventTypes.ALL).doesNotContain(RegistrantEventTypes.RESTRICTION_CHANGED_V1);
    }
}

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
import org.opensor.registry.events.registrant.RegistrantStateV1;

class EventCodecTest {

    private final RegistrantStateV1 state = RegistrantStateV1.identityOnly(
            UUID.fromString("0b6c0d55-5a8a-4b57-9a55-0d3f3c8e2a11"),
            1,
            "SOK",
            "Sokha",
            "សុខ សុខា",
            "1971-03",
            "MALE",
            List.of("KHM"),
            Instant.parse("2026-11-28T10:15:30Z"));

    @Test
    void writesAndReadsTheSameStateIncludingKhmerScript() {
        byte[] json = EventCodec.write(state);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"familyName\":\"SOK\"")
                .contains("សុខ សុខា");
        assertThat(EventCodec.read(json, RegistrantStateV1.class)).isEqualTo(state);
    }

    @Test
    void leavesOutUnknownValuesInsteadOfWritingNull() {
        RegistrantStateV1 noScript = RegistrantStateV1.identityOnly(
                state.registrantId(), 2, "SOK", "", null, null, "UNKNOWN", List.of(), state.changedAt());

        assertThat(new String(EventCodec.write(noScript), StandardCharsets.UTF_8))
                .doesNotContain("originalScriptName")
                .doesNotContain("null");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        String json = new String(EventCodec.write(state), StandardCharsets.UTF_8).replace("{", "{\"surprise\":1,");

        assertThatThrownBy(() -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), RegistrantStateV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("surprise");
    }

    @Test
    void refusesAStateWithoutFamilyName() {
        String json =
                new String(EventCodec.write(state), StandardCharsets.UTF_8).replace("\"familyName\":\"SOK\",", "");

        assertThatThrownBy(() -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), RegistrantStateV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("familyName");
    }

    @Test
    void refusesBrokenJsonAndEmptyPayloads() {
        assertThatThrownBy(() -> EventCodec.read("{not json".getBytes(StandardCharsets.UTF_8), RegistrantStateV1.class))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read(new byte[0], RegistrantStateV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("empty");
    }
}

package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;

/** A decree's effect on one beneficiary travels on the registrant topic as its own type, read strictly. */
class DecreeAppliedCodecTest {

    private final DecreeAppliedV1 pardon = new DecreeAppliedV1(
            UUID.randomUUID(),
            "NS/RKT/0213/120",
            LocalDate.of(2026, 4, 12),
            "Khmer New Year",
            "PARDON",
            null,
            UUID.randomUUID(),
            UUID.randomUUID(),
            LocalDate.of(2026, 4, 14),
            true,
            false,
            false,
            Instant.parse("2026-04-14T03:00:00Z"));

    @Test
    void survivesTheCodecAndLeavesOutAbsentValues() {
        byte[] json = EventCodec.write(pardon);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .doesNotContain("reductionMonths")
                .contains("\"childSexOffence\":true");
        assertThat(EventCodec.read(json, DecreeAppliedV1.class)).isEqualTo(pardon);
    }

    @Test
    void refusesAnEventWithoutItsDecreeNumber() {
        String json = new String(EventCodec.write(pardon), StandardCharsets.UTF_8)
                .replace("\"decreeNumber\":\"NS/RKT/0213/120\",", "");

        assertThatThrownBy(() -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), DecreeAppliedV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("decreeNumber");
    }

    @Test
    void isARegistrantTopicTypeButNotAStateType() {
        assertThat(RegistrantEventTypes.ALL).doesNotContain(RegistrantEventTypes.DECREE_APPLIED_V1);
    }
}

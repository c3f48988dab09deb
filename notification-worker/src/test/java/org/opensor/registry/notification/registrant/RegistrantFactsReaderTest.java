package org.opensor.registry.notification.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.RegistrantStateV1;

class RegistrantFactsReaderTest {

    private final RegistrantFactsReader reader = new RegistrantFactsReader();
    private final UUID id = UUID.randomUUID();

    @Test
    void readsTheIdentityCoreOfAState() {
        RegistrantFactsReader.Projected p = reader.read(
                EventCodec.write(RegistrantStateV1.identityOnly(
                        id,
                        3,
                        "SOK",
                        "Sokha",
                        null,
                        null,
                        "MALE",
                        List.of("KHM", "FRA"),
                        Instant.parse("2026-01-05T08:00:00Z"))),
                id.toString());

        assertThat(p.version()).isEqualTo(3);
        assertThat(p.facts().registrantId()).isEqualTo(id);
        assertThat(p.facts().nationalities()).containsExactly("KHM", "FRA");
        assertThat(p.facts().custodyStatus()).isEqualTo(CustodyStatusV1.NOT_IN_CUSTODY);
        assertThat(p.facts().residenceDistrict()).isNull();
    }

    @Test
    void readsCustodyAndTheCurrentResidence() {
        RegistrantStateV1 core = RegistrantStateV1.identityOnly(
                id, 7, "SOK", "Sokha", null, null, "MALE", List.of("KHM"), Instant.parse("2026-01-05T08:00:00Z"));
        RegistrantStateV1 state = new RegistrantStateV1(
                id,
                7,
                "SOK",
                "Sokha",
                null,
                List.of(),
                null,
                null,
                "MALE",
                null,
                List.of("KHM"),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                "ON_BAIL",
                List.of(
                        new RegistrantStateV1.Address(
                                "RESIDENCE",
                                "old",
                                "Daun Penh",
                                null,
                                "KHM",
                                LocalDate.parse("2020-01-01"),
                                LocalDate.parse("2025-12-31")),
                        new RegistrantStateV1.Address(
                                "EMPLOYMENT", "work", "Toul Kork", null, "KHM", LocalDate.parse("2026-01-01"), null),
                        new RegistrantStateV1.Address(
                                "RESIDENCE",
                                "St 123",
                                "Chamkar Mon",
                                null,
                                "KHM",
                                LocalDate.parse("2026-01-01"),
                                null)),
                null,
                core.changedAt());

        RegistrantFactsReader.Projected p = reader.read(EventCodec.write(state), id.toString());

        assertThat(p.facts().custodyStatus()).isEqualTo(CustodyStatusV1.ON_BAIL);
        assertThat(p.facts().residenceDistrict()).isEqualTo("Chamkar Mon");
        assertThat(p.facts().residenceCountry()).isEqualTo("KHM");
    }

    @Test
    void aStateThatIsNotAWholeV1StateIsMalformed() {
        assertThatThrownBy(() -> reader.read("{}".getBytes(StandardCharsets.UTF_8), id.toString()))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> reader.read(json("{\"registrantId\":\"%s\"}"), id.toString()))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> reader.read("{broken".getBytes(StandardCharsets.UTF_8), id.toString()))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> reader.read(new byte[0], id.toString())).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aFieldTheV1ContractDoesNotHaveOrAnotherRegistrantsKeyIsMalformed() {
        String state = new String(
                EventCodec.write(RegistrantStateV1.identityOnly(
                        id,
                        1,
                        "SOK",
                        "Sokha",
                        null,
                        null,
                        "MALE",
                        List.of("KHM"),
                        Instant.parse("2026-01-05T08:00:00Z"))),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(
                        state.replaceFirst("\\{", "{\"someFutureField\":1,").getBytes(StandardCharsets.UTF_8),
                        id.toString()))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> reader.read(
                        state.getBytes(StandardCharsets.UTF_8),
                        UUID.randomUUID().toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> reader.read(
                        state.replace("NOT_IN_CUSTODY", "ESCAPED").getBytes(StandardCharsets.UTF_8), id.toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("custodyStatus");
    }

    private byte[] json(String template) {
        return template.formatted(id).getBytes(StandardCharsets.UTF_8);
    }
}

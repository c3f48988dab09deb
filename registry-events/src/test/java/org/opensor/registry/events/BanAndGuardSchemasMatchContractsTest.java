package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Court travel bans, release guards and erasure after retention (issue 26): each schema documents exactly its fields. */
class BanAndGuardSchemasMatchContractsTest {

    static Stream<Arguments> contracts() {
        return Stream.of(
                Arguments.of("travel-ban-hit.v1.json", TravelBanHitV1.class),
                Arguments.of("release-guard-raised.v1.json", ReleaseGuardRaisedV1.class),
                Arguments.of(
                        "registrant-personal-data-erased.v1.json",
                        org.opensor.registry.events.registrant.RegistrantPersonalDataErasedV1.class),
                Arguments.of(
                        "deportation-ordered.v1.json", org.opensor.registry.events.travel.DeportationOrderedV1.class),
                Arguments.of(
                        "deportation-overdue.v1.json", org.opensor.registry.events.travel.DeportationOverdueV1.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void schemaDocumentsEveryFieldOfTheRecordAndNoOther(String file, Class<?> record) {
        JsonNode schema = load(file);

        assertThat(schema.get("title").asString()).isEqualTo(record.getSimpleName());
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertSameFields(schema.get("properties"), record);
        for (Class<?> part : record.getDeclaredClasses()) {
            JsonNode definition = schema.get("$defs").get(part.getSimpleName());
            assertThat(definition).as(file + " $defs/" + part.getSimpleName()).isNotNull();
            assertSameFields(definition.get("properties"), part);
        }
        Set<String> fields = fieldNames(record);
        schema.get("required").forEach(name -> assertThat(fields).as(file).contains(name.asString()));
    }

    @Test
    void aTravelBanHitOnSomeoneNotRegisteredLeavesTheRegistrantOut() {
        TravelBanHitV1 hit = new TravelBanHitV1(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                UUID.randomUUID(),
                "Phnom Penh Municipal Court",
                "1234/2026",
                "PNH",
                "KHM",
                "DEPARTURE",
                "STRONG",
                Instant.parse("2026-12-01T08:00:00Z"));

        byte[] json = EventCodec.write(hit);

        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("registrantId");
        assertThat(EventCodec.read(json, TravelBanHitV1.class)).isEqualTo(hit);
    }

    @Test
    void aGuardWithoutAnOpenRequestIsMalformed() {
        String json = """
                {"guardId":"%s","subjectId":"%s","release":"RELEASE","scheduledOn":"2026-12-24","requests":[],
                 "prosecutorOffice":"General Prosecutor","raisedBy":"clerk","raisedAt":"2026-12-01T08:00:00Z"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID());

        assertThatThrownBy(() -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), ReleaseGuardRaisedV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("requests");
    }

    @Test
    void aGuardSurvivesTheCodec() {
        ReleaseGuardRaisedV1 guard = new ReleaseGuardRaisedV1(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "PARDON",
                LocalDate.of(2026, 12, 24),
                List.of(new ReleaseGuardRaisedV1.Request(
                        UUID.randomUUID(), "THA", "rape of a child", "OAG 55/2026", "A-1234/5-2026")),
                "General Prosecutor at the Court of Appeal",
                "clerk",
                Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(EventCodec.read(EventCodec.write(guard), ReleaseGuardRaisedV1.class))
                .isEqualTo(guard);
    }

    private static void assertSameFields(JsonNode properties, Class<?> record) {
        assertThat(new HashSet<>(properties.propertyNames()))
                .as(record.getSimpleName())
                .isEqualTo(fieldNames(record));
        properties.forEach(property -> assertThat(property.has("description"))
                .as(record.getSimpleName() + " " + property)
                .isTrue());
    }

    private static Set<String> fieldNames(Class<?> record) {
        return new HashSet<>(Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
    }

    private static JsonNode load(String file) {
        try (InputStream in = BanAndGuardSchemasMatchContractsTest.class.getResourceAsStream("/schemas/" + file)) {
            assertThat(in).as(file).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

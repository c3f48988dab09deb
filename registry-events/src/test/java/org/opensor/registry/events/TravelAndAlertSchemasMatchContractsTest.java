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
import org.opensor.registry.events.alert.AlertAcknowledgedV1;
import org.opensor.registry.events.alert.AlertDeliveredV1;
import org.opensor.registry.events.alert.AlertEscalatedV1;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.audit.AuditCheckpointV1;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.TravelNoticeCancelledV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Travel and alert contracts: each published schema documents exactly its record's fields, nested parts too. */
class TravelAndAlertSchemasMatchContractsTest {

    static Stream<Arguments> contracts() {
        return Stream.of(
                Arguments.of("travel-notice-declared.v1.json", TravelNoticeDeclaredV1.class),
                Arguments.of("travel-notice-cancelled.v1.json", TravelNoticeCancelledV1.class),
                Arguments.of("travel-border-hit.v1.json", BorderHitV1.class),
                Arguments.of("alert-issued.v1.json", AlertIssuedV1.class),
                Arguments.of("alert-delivered.v1.json", AlertDeliveredV1.class),
                Arguments.of("alert-escalated.v1.json", AlertEscalatedV1.class),
                Arguments.of("alert-acknowledged.v1.json", AlertAcknowledgedV1.class),
                Arguments.of("audit-checkpoint.v1.json", AuditCheckpointV1.class),
                Arguments.of("record-restriction-changed.v1.json", RecordRestrictionChangedV1.class),
                Arguments.of("decree-applied.v1.json", DecreeAppliedV1.class));
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
            assertThat(definition.get("additionalProperties").asBoolean()).isFalse();
            assertSameFields(definition.get("properties"), part);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void requiredFieldsAreFieldsOfTheRecord(String file, Class<?> record) {
        Set<String> fields = fieldNames(record);
        load(file).get("required").forEach(name -> assertThat(fields).as(file).contains(name.asString()));
    }

    @Test
    void aDeclaredNoticeSurvivesTheCodecAndLeavesOutAbsentValues() {
        TravelNoticeDeclaredV1 notice = new TravelNoticeDeclaredV1(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2026, 3, 1),
                null,
                "PNH",
                List.of(new TravelNoticeDeclaredV1.Leg("THA", "BKK", "TG 585", LocalDate.of(2026, 3, 1))),
                "tourism",
                "PASSPORT",
                "N0123456",
                null,
                true,
                Instant.parse("2026-02-20T09:00:00Z"));

        byte[] json = EventCodec.write(notice);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .doesNotContain("returnDate")
                .doesNotContain("null");
        assertThat(EventCodec.read(json, TravelNoticeDeclaredV1.class)).isEqualTo(notice);
    }

    @Test
    void anAlertIssuedBeforeItCarriedItsWordingStillReadsAndANewOneKeepsIt() {
        String older = """
                {"alertId":"%s","alertType":"UNDECLARED_TRAVEL","severity":"URGENT","registrantId":"%s","recipients":["border-post:KHM:PNH"],
                 "reason":"Undeclared departure at PNH (KHM)","rationale":"The subject ...","rule":"undeclared-travel",
                 "sourceEventId":"%s","acknowledgeBy":"2026-03-01T09:10:00Z","issuedAt":"2026-03-01T09:00:00Z"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        AlertIssuedV1 worded = new AlertIssuedV1(
                UUID.randomUUID(),
                "UNDECLARED_TRAVEL",
                "URGENT",
                UUID.randomUUID(),
                List.of("border-post:KHM:PNH"),
                "Undeclared departure at PNH (KHM)",
                "The subject ...",
                "undeclared-travel",
                UUID.randomUUID(),
                Instant.parse("2026-03-01T09:10:00Z"),
                Instant.parse("2026-03-01T09:00:00Z"),
                new AlertIssuedV1.Wording(
                        AlertIssuedV1.Phrase.of(
                                "undeclared-travel", "direction", "DEPARTURE", "borderPost", "PNH", "country", "KHM"),
                        List.of(AlertIssuedV1.Phrase.of("custody", "status", null))));

        AlertIssuedV1 read = EventCodec.read(older.getBytes(StandardCharsets.UTF_8), AlertIssuedV1.class);
        byte[] json = EventCodec.write(worded);

        assertThat(read.wording()).isNull();
        assertThat(read.reason()).isEqualTo("Undeclared departure at PNH (KHM)");
        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"wording\":{\"reason\":{\"code\":\"undeclared-travel\"")
                .doesNotContain("null");
        assertThat(EventCodec.read(json, AlertIssuedV1.class)).isEqualTo(worded);
    }

    @Test
    void aNoticeWithoutDestinationIsMalformed() {
        String json = """
                {"noticeId":"%s","registrantId":"%s","departureDate":"2026-03-01","legs":[],"purpose":"x","late":false,"declaredAt":"2026-02-20T09:00:00Z"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID());

        assertThatThrownBy(() -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), TravelNoticeDeclaredV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("legs");
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
        try (InputStream in = TravelAndAlertSchemasMatchContractsTest.class.getResourceAsStream("/schemas/" + file)) {
            assertThat(in).as(file).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

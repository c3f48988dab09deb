package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the producer writes is what the schema promises: checked with a JSON Schema 2020-12 validator. */
class RegistrantStateValidatesAgainstSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Schema schema = schema();

    @Test
    void aFullStateWithEveryPartValidates() {
        assertThat(errors(JSON.readTree(EventCodec.write(fullState())))).isEmpty();
    }

    @Test
    void theSmallestStateValidates() {
        RegistrantStateV1 minimal = RegistrantStateV1.identityOnly(
                UUID.randomUUID(),
                1,
                "SOK",
                "",
                null,
                null,
                "UNKNOWN",
                List.of(),
                Instant.parse("2026-01-05T08:00:00Z"));

        assertThat(errors(JSON.readTree(EventCodec.write(minimal)))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatAConsumerCouldNotRead() {
        ObjectNode unknownStatus = (ObjectNode) JSON.readTree(EventCodec.write(fullState()));
        unknownStatus.put("custodyStatus", "ON_HOLIDAY");
        ObjectNode lowerCaseCountry = (ObjectNode) JSON.readTree(EventCodec.write(fullState()));
        ((ObjectNode) lowerCaseCountry.get("documents").get(0)).put("issuingState", "khm");
        ObjectNode extraField = (ObjectNode) JSON.readTree(EventCodec.write(fullState()));
        ((ObjectNode) extraField.get("convictions").get(0)).put("victimName", "must never travel");
        ObjectNode noFamilyName = (ObjectNode) JSON.readTree(EventCodec.write(fullState()));
        noFamilyName.remove("familyName");

        assertThat(errors(unknownStatus)).anyMatch(e -> e.contains("custodyStatus"));
        assertThat(errors(lowerCaseCountry)).anyMatch(e -> e.contains("issuingState"));
        assertThat(errors(extraField)).anyMatch(e -> e.contains("victimName"));
        assertThat(errors(noFamilyName)).anyMatch(e -> e.contains("familyName"));
    }

    static RegistrantStateV1 fullState() {
        UUID id = UUID.fromString("0b6c0d55-5a8a-4b57-9a55-0d3f3c8e2a11");
        return new RegistrantStateV1(
                id,
                7,
                "SOK",
                "Sokha",
                "សុខ សុខា",
                List.of(
                        new RegistrantStateV1.Alias("SOK", "Sokhar", null, "1970"),
                        new RegistrantStateV1.Alias(null, null, "Mr Sam", null)),
                "1971-03",
                2,
                "MALE",
                "Battambang",
                List.of("KHM", "FRA"),
                List.of(new RegistrantStateV1.Document("PASSPORT", "N0123456", "KHM", LocalDate.of(2030, 1, 31))),
                List.of("+855 12 345 678"),
                List.of("sokha@example.org"),
                new RegistrantStateV1.PhysicalDescription(172, "brown", "black", "scar on left hand"),
                List.of("photo:2026/001"),
                List.of("afis:KH-77"),
                List.of(new RegistrantStateV1.Conviction(
                        UUID.randomUUID(),
                        "Phnom Penh Municipal Court",
                        "123/2025",
                        LocalDate.of(2025, 6, 2),
                        "Law on Suppression of Human Trafficking and Sexual Exploitation (2008)",
                        "43",
                        "CHILD_SEXUAL_ABUSE",
                        true,
                        false,
                        "KHM",
                        36)),
                "ON_BAIL",
                List.of(new RegistrantStateV1.Address(
                        "RESIDENCE",
                        "St 123, house 4",
                        "Chamkar Mon",
                        "Phnom Penh",
                        "KHM",
                        LocalDate.of(2026, 1, 1),
                        null)),
                new RegistrantStateV1.Registration(
                        "TIER_3",
                        "ACTIVE",
                        LocalDate.of(2025, 6, 2),
                        null,
                        LocalDate.of(2026, 4, 1),
                        "COMPLIANT",
                        "A royal pardon does not end registration for a sexual offence against a child"),
                Instant.parse("2026-01-05T08:00:00Z"));
    }

    private List<String> errors(JsonNode json) {
        return schema.validate(json).stream().map(Error::toString).toList();
    }

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = RegistrantStateValidatesAgainstSchemaTest.class.getResourceAsStream(
                "/schemas/registrant-state.v1.json")) {
            return registry.getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

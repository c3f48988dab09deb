package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON schema and the Java records must describe the same fields, or consumers are misled. */
class SchemaMatchesContractTest {

    private final JsonNode schema = load();

    @Test
    void registrantStateSchemaDocumentsEveryFieldOfTheRecord() {
        assertSameFields(schema.get("properties"), RegistrantStateV1.class);
    }

    @Test
    void everyNestedPartOfTheStateIsDocumentedFieldByField() {
        for (Class<?> part : RegistrantStateV1.class.getDeclaredClasses()) {
            JsonNode definition = schema.get("$defs").get(part.getSimpleName());
            assertThat(definition).as("$defs/" + part.getSimpleName()).isNotNull();
            assertThat(definition.get("additionalProperties").asBoolean())
                    .as(part.getSimpleName())
                    .isFalse();
            assertSameFields(definition.get("properties"), part);
        }
    }

    @Test
    void theCustodyStatusesAreTheSchemasOwn() {
        assertThat(schema.get("properties")
                        .get("custodyStatus")
                        .get("enum")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactlyElementsOf(
                        Arrays.stream(CustodyStatusV1.values()).map(Enum::name).toList());
    }

    private static void assertSameFields(JsonNode properties, Class<?> record) {
        Set<String> documented = new HashSet<>(properties.propertyNames());
        Set<String> fields = new HashSet<>(Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());

        assertThat(documented).as(record.getSimpleName()).isEqualTo(fields);
        properties.forEach(property -> assertThat(property.has("description") || property.has("enum"))
                .as(record.getSimpleName() + " " + property)
                .isTrue());
    }

    private static JsonNode load() {
        try (InputStream in =
                SchemaMatchesContractTest.class.getResourceAsStream("/schemas/registrant-state.v1.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

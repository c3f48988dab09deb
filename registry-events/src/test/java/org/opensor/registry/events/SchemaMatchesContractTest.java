package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON schema and the Java record must describe the same fields, or consumers are misled. */
class SchemaMatchesContractTest {

    @Test
    void registrantStateSchemaDocumentsEveryFieldOfTheRecord() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/registrant-state.v1.json")) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        Set<String> documented = new HashSet<>(schema.get("properties").propertyNames());
        Set<String> fields = new HashSet<>(Arrays.stream(RegistrantStateV1.class.getRecordComponents()).map(RecordComponent::getName).toList());

        assertThat(documented).isEqualTo(fields);
        schema.get("properties").forEach(property -> assertThat(property.has("description") || property.has("enum")).isTrue());
    }
}

package org.opensor.registry.k8s;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes an OpenAPI/CRD schema refuse what Kubernetes would drop or reject: neither the Kubernetes documents nor the
 * CRDs set {@code additionalProperties: false}, so a plain JSON-Schema validator accepts a misspelt field. Every
 * object schema with {@code properties} gets {@code additionalProperties: false}, unless it says
 * {@code x-kubernetes-preserve-unknown-fields: true} or has its own {@code additionalProperties} (a map); and
 * {@code x-kubernetes-int-or-string} becomes "integer or string". Branches of allOf/anyOf/oneOf/not are left as
 * they are: in a structural schema they only restate the top level's properties.
 */
final class StrictSchemas {

    private StrictSchemas() {}

    /** A strict deep copy of the schema. */
    static JsonNode strict(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        tighten(copy);
        return copy;
    }

    private static void tighten(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        boolean preservesUnknown =
                schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            if (!schema.has("additionalProperties") && !preservesUnknown) {
                schema.put("additionalProperties", false);
            }
            List<JsonNode> children = new ArrayList<>();
            properties.values().forEach(children::add);
            children.forEach(StrictSchemas::tighten);
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false) && !schema.has("anyOf") && !schema.has("type")) {
            JsonNodeFactory json = JsonNodeFactory.instance;
            schema.set(
                    "anyOf",
                    json.arrayNode()
                            .add(json.objectNode().put("type", "integer"))
                            .add(json.objectNode().put("type", "string")));
        }
        JsonNode items = schema.get("items");
        if (items != null && items.isArray()) {
            items.values().forEach(StrictSchemas::tighten);
        } else if (items != null) {
            tighten(items);
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            tighten(additional);
        }
    }
}

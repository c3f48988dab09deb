package org.opensor.registry.k8s;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas a manifest is validated against, by apiVersion and kind: Kubernetes' own OpenAPI v3 documents
 * (kinds found through {@code x-kubernetes-group-version-kind}, {@code $ref}s resolved inside the document) and the
 * operators' CRDs ({@code spec.versions[].schema.openAPIV3Schema}), all made strict by {@link StrictSchemas}.
 * A custom resource's metadata is checked against Kubernetes' ObjectMeta, which a CRD leaves open.
 */
final class SchemaCatalog {

    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    /** The CRD files used; ECK's per-resource file rather than all-crds.yaml, since it checks the podTemplate too. */
    private static final List<String> CRD_FILES = List.of(
            "strimzi/040-Crd-kafka.yaml",
            "strimzi/043-Crd-kafkatopic.yaml",
            "strimzi/044-Crd-kafkauser.yaml",
            "strimzi/045-Crd-kafkanodepool.yaml",
            "eck/elasticsearch.k8s.elastic.co_elasticsearches.yaml",
            "cloudnative-pg/postgresql.cnpg.io_clusters.yaml",
            "cloudnative-pg/postgresql.cnpg.io_scheduledbackups.yaml",
            "keycloak/keycloaks.k8s.keycloak.org-v1.yml",
            "keycloak/keycloakrealmimports.k8s.keycloak.org-v1.yml",
            "prometheus-operator/monitoring.coreos.com_prometheusrules.yaml",
            "prometheus-operator/monitoring.coreos.com_servicemonitors.yaml");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    /** "group/version/kind" to the JSON schema that checks it. */
    private final Map<String, JsonNode> schemas = new HashMap<>();

    private final java.util.Set<String> customResources = new java.util.HashSet<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private JsonNode objectMeta;

    SchemaCatalog(Path folder) {
        try (Stream<Path> files = Files.list(folder.resolve("kubernetes-1.34"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(this::addOpenApiDocument);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRD_FILES.forEach(file -> Yaml.documents(folder.resolve(file)).forEach(this::addCrd));
    }

    /** The schema violations of one manifest, empty when it is valid; unknown apiVersion/kind is a violation. */
    List<String> violations(JsonNode manifest) {
        String key = key(
                manifest.path("apiVersion").asString(""), manifest.path("kind").asString(""));
        if (!schemas.containsKey(key)) {
            return List.of(
                    "no schema for apiVersion " + manifest.path("apiVersion").asString("?") + " kind "
                            + manifest.path("kind").asString("?") + " (known: "
                            + schemas.keySet().stream().sorted().toList() + ")");
        }
        Stream<String> own = validate(key, manifest);
        Stream<String> meta = customResources.contains(key)
                ? validate("ObjectMeta", manifest.path("metadata")).map(e -> "metadata: " + e)
                : Stream.empty();
        return Stream.concat(own, meta).toList();
    }

    private Stream<String> validate(String key, JsonNode instance) {
        Schema schema = compiled.computeIfAbsent(
                key, k -> registry.getSchema(k.equals("ObjectMeta") ? objectMeta : schemas.get(k)));
        return schema.validate(JsonMapper.shared().valueToTree(instance)).stream()
                .map(Error::toString);
    }

    private void addOpenApiDocument(Path file) {
        JsonNode document = JsonMapper.shared().readTree(file.toFile());
        ObjectNode strictComponents = JsonNodeFactory.instance.objectNode();
        document.path("components")
                .path("schemas")
                .properties()
                .forEach(e -> strictComponents.set(e.getKey(), StrictSchemas.strict(e.getValue())));
        ObjectNode components = JsonNodeFactory.instance.objectNode().set("schemas", strictComponents);
        strictComponents.properties().forEach(e -> {
            for (JsonNode gvk : e.getValue().path("x-kubernetes-group-version-kind")) {
                schemas.put(
                        key(
                                gvk.path("group").asString(""),
                                gvk.path("version").asString(),
                                gvk.path("kind").asString()),
                        reference(components, e.getKey()));
            }
        });
        if (strictComponents.has(OBJECT_META) && objectMeta == null) {
            objectMeta = reference(components, OBJECT_META);
        }
    }

    /** A schema that is one component of an OpenAPI document, with the document's components beside it for $ref. */
    private static JsonNode reference(ObjectNode components, String name) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$ref", "#/components/schemas/" + name);
        root.set("components", components);
        return root;
    }

    private void addCrd(JsonNode crd) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asString())) {
            return;
        }
        String group = crd.path("spec").path("group").asString();
        String kind = crd.path("spec").path("names").path("kind").asString();
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (version.path("served").asBoolean(false)) {
                String key = key(group, version.path("name").asString(), kind);
                schemas.put(
                        key,
                        StrictSchemas.strict(
                                withImplicitFields(version.path("schema").path("openAPIV3Schema"))));
                customResources.add(key);
            }
        }
    }

    /** The API server accepts apiVersion, kind and metadata on every custom resource, listed in its CRD or not. */
    private static JsonNode withImplicitFields(JsonNode crdSchema) {
        ObjectNode schema = (ObjectNode) crdSchema.deepCopy();
        ObjectNode properties =
                schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (!properties.has("apiVersion")) {
            properties.set("apiVersion", json.objectNode().put("type", "string"));
        }
        if (!properties.has("kind")) {
            properties.set("kind", json.objectNode().put("type", "string"));
        }
        if (!properties.has("metadata")) {
            properties.set("metadata", json.objectNode().put("type", "object"));
        }
        return schema;
    }

    private static String key(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        return slash < 0
                ? key("", apiVersion, kind)
                : key(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    }

    private static String key(String group, String version, String kind) {
        return group + "/" + version + "/" + kind;
    }
}

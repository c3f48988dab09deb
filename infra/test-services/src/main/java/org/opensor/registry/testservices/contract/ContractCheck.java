package org.opensor.registry.testservices.contract;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every answer the integration tests receive from {@code /api/v1} is checked against the document the server
 * serves ({@code /v3/api-docs}): the status must be declared for the operation, each contract header it sends
 * (ETag, Location, Retry-After) declared for that status, the media type declared, and the JSON body valid against
 * the declared schema, with undocumented fields refused. Hooked into the shared test clients of each service (registry-api's {@code ApiClient} and
 * {@code security.Http}, the worker's {@code AdminClient}) so that every test using them checks the contract too.
 */
public final class ContractCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> CONTRACT_HEADERS = List.of("ETag", "Location", "Retry-After");
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

    private ContractCheck() {}

    /** @throws AssertionError naming the operation and what the document does not say */
    public static void check(HttpRequest request, HttpResponse<String> response) {
        check(request, response.statusCode(), response.headers(), response.body());
    }

    /**
     * As {@link #check(HttpRequest, HttpResponse)}, reading the document with {@code http}: the client that reached the
     * service, e.g. one that trusts the authority of a service serving HTTPS.
     */
    public static void check(HttpClient http, HttpRequest request, HttpResponse<String> response) {
        check(http, request, response.statusCode(), response.headers(), response.body());
    }

    /** The same check for an answer read as bytes (an image): {@code body} is only looked at when it is JSON. */
    public static void check(HttpRequest request, int statusCode, java.net.http.HttpHeaders headers, String body) {
        check(HTTP, request, statusCode, headers, body);
    }

    private static void check(
            HttpClient http, HttpRequest request, int statusCode, java.net.http.HttpHeaders headers, String body) {
        URI uri = request.uri();
        if (!uri.getPath().startsWith("/api/v1/") || Boolean.getBoolean("contract.check.skip")) {
            return;
        }
        Document document = DOCUMENTS.computeIfAbsent(
                uri.getScheme() + "://" + uri.getAuthority(), base -> Document.load(http, base));
        document.check(request.method(), uri.getPath(), new Answer(statusCode, headers, body));
    }

    private record Answer(int statusCode, java.net.http.HttpHeaders headers, String body) {}

    private record Document(JsonNode api, Map<String, Schema> schemas) {

        static Document load(HttpClient http, String base) {
            try {
                HttpResponse<String> docs = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (docs.statusCode() != 200) {
                    throw new AssertionError("The API document is not served: " + docs.statusCode());
                }
                return new Document(JSON.readTree(docs.body()), new ConcurrentHashMap<>());
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError("The API document could not be read: " + e.getMessage(), e);
            }
        }

        void check(String method, String path, Answer response) {
            Optional<String> template = template(path);
            if (template.isEmpty()) {
                return; // an unknown path: the server answers 404 from outside any operation
            }
            JsonNode operation = api.path("paths").path(template.get()).path(method.toLowerCase(Locale.ROOT));
            String name = method + " " + template.get();
            if (operation.isMissingNode()) {
                throw new AssertionError(name + " is not in the API document (answered " + response.statusCode() + ")");
            }
            String status = Integer.toString(response.statusCode());
            JsonNode declared = operation.path("responses").path(status);
            if (declared.isMissingNode()) {
                throw new AssertionError(name + " answered " + status
                        + ", which the API document does not declare; body: " + response.body());
            }
            for (String header : CONTRACT_HEADERS) {
                if (response.headers().firstValue(header).isPresent() && !declaresHeader(declared, header)) {
                    throw new AssertionError(name + " " + status + " sent the header " + header
                            + ", which the API document does not declare");
                }
            }
            String contentType = response.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .split(";")[0]
                    .strip();
            if (response.body() == null || response.body().isEmpty() || contentType.isEmpty()) {
                return;
            }
            JsonNode media = declared.path("content").path(contentType);
            if (media.isMissingNode()) {
                throw new AssertionError(name + " " + status + " answered " + contentType + ", declared are "
                        + declared.path("content").propertyNames());
            }
            if (!contentType.endsWith("json")) {
                return;
            }
            String pointer = "/paths/" + template.get().replace("~", "~0").replace("/", "~1") + "/"
                    + method.toLowerCase(Locale.ROOT) + "/responses/" + status + "/content/"
                    + contentType.replace("/", "~1") + "/schema";
            Schema schema = schemas.computeIfAbsent(pointer, p -> compile(api.at(p)));
            var errors = schema.validate(JSON.readTree(response.body()));
            if (!errors.isEmpty()) {
                throw new AssertionError(name + " " + status + " answered a body the API document does not describe: "
                        + errors + "\nbody: " + response.body());
            }
        }

        private Optional<String> template(String path) {
            return api.path("paths").propertyNames().stream()
                    .filter(t -> Pattern.compile(t.replaceAll("\\{[^/]+}", "[^/]+"))
                            .matcher(path)
                            .matches())
                    .min(java.util.Comparator.comparingInt(t -> t.split("\\{", -1).length));
        }

        private static boolean declaresHeader(JsonNode response, String header) {
            return response.path("headers").propertyNames().stream().anyMatch(h -> h.equalsIgnoreCase(header));
        }

        /** The response schema with the document's schemas as $defs; an object lists every field it may have. */
        private Schema compile(JsonNode responseSchema) {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.setAll((ObjectNode) responseSchema.deepCopy());
            root.set("$defs", api.path("components").path("schemas").deepCopy());
            closeObjects(root);
            String text = root.toString().replace("#/components/schemas/", "#/$defs/");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(JSON.readTree(text));
        }

        private static void closeObjects(JsonNode node) {
            if (node instanceof ObjectNode object) {
                if (object.has("properties")
                        && !object.has("additionalProperties")
                        && !object.has("unevaluatedProperties")) {
                    object.put("unevaluatedProperties", false);
                }
                object.forEach(ContractCheck.Document::closeObjects);
            } else if (node != null && node.isArray()) {
                node.forEach(ContractCheck.Document::closeObjects);
            }
        }
    }
}

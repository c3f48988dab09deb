package org.opensor.registry.notification.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The worker's administration API as an OpenAPI document ({@code /v3/api-docs}): springdoc derives the operations and
 * the types (those of {@code notification-admin-api}) from the controllers; {@link #OPERATIONS} adds what the
 * controllers do not say (operation id, success status, headers) and {@code ProblemHandler}'s answers become the
 * declared errors. An operation missing from the table makes the document fail, so it cannot drift.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiDocument {

    /** The contract's version: the major is the path's ({@code /api/v1}). */
    static final String API_VERSION = "1.0.0";

    private static final String PROBLEM_JSON = "application/problem+json";

    /** What one operation answers beyond what springdoc reads from the controller. */
    record Contract(
            String operationId, int status, boolean etag, boolean location, boolean ifMatch, boolean needsSecretKey) {}

    static final Map<String, Contract> OPERATIONS = Map.of(
            "GET /api/v1/subscriptions", new Contract("listSubscriptions", 200, false, false, false, false),
            "POST /api/v1/subscriptions", new Contract("createSubscription", 201, true, true, false, true),
            "GET /api/v1/subscriptions/{id}", new Contract("readSubscription", 200, true, false, false, false),
            "PUT /api/v1/subscriptions/{id}", new Contract("updateSubscription", 200, true, false, true, false),
            "POST /api/v1/subscriptions/{id}/secret-rotations",
                    new Contract("rotateSubscriptionSecret", 201, true, false, true, true),
            "GET /api/v1/deliveries/dead-letters", new Contract("listDeadLetters", 200, false, false, false, false),
            "POST /api/v1/deliveries/dead-letters/{deliveryId}/replay",
                    new Contract("replayDeadLetter", 202, false, false, false, false));

    static Optional<Contract> of(String method, String path) {
        return Optional.ofNullable(OPERATIONS.get(method + " " + path));
    }

    @Bean
    OpenAPI workerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("OpenSOR notification worker admin API")
                        .version(API_VERSION)
                        .description("""
                        The notification worker's administration: agencies' webhook subscriptions (filters, signing-secret \
                        rotation) and the deliveries that gave up (dead letters, replay). For the registry administrator \
                        only, over HTTP Basic; registry-api's console is its usual client. Errors are RFC 9457 \
                        problem+json. How agencies verify the webhooks: notification-worker/WEBHOOKS.md.""")
                        .contact(new Contact().name("OpenSOR maintainers")));
    }

    @Bean
    OpenApiCustomizer workerOperationContracts() {
        return AdminApiDocument::complete;
    }

    private static void complete(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(
                "basicAuth",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description(
                                "The registry administrator's account on the worker (NOTIFICATION_ADMIN_USERNAME and _PASSWORD)."));
        addProblemSchemas(components);
        components.addHeaders(
                "ETag",
                new Header()
                        .description("The subscription's version, e.g. \"3\"; send it back in If-Match.")
                        .schema(new StringSchema()));
        components.addHeaders(
                "Location",
                new Header()
                        .description("Where the created subscription is.")
                        .schema(new StringSchema().format("uri-reference")));
        components.addHeaders(
                "WWWAuthenticate",
                new Header().description("Basic, with the worker's realm.").schema(new StringSchema()));
        components.addParameters(
                "IfMatch",
                new Parameter()
                        .in("header")
                        .name("If-Match")
                        .required(true)
                        .description("The ETag as read, e.g. \"3\". Missing or not an ETag: 400; stale: 412.")
                        .schema(new StringSchema()));

        List<String> missing = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> of(method.name(), path)
                                .ifPresentOrElse(
                                        contract -> complete(path, method, operation, contract),
                                        () -> missing.add(method + " " + path))));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Operations without a row in AdminApiDocument.OPERATIONS: " + missing);
        }
        removeUnusedSchemas(api);
    }

    /** Drops what nothing refers to, such as the ProblemDetail springdoc reads from the exception handlers we replace. */
    private static void removeUnusedSchemas(OpenAPI api) {
        Map<String, Schema> all = api.getComponents().getSchemas();
        if (all == null) {
            return;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>();
        references(io.swagger.v3.core.util.Json.pretty(api.getPaths()), used, queue);
        while (!queue.isEmpty()) {
            Schema<?> schema = all.get(queue.poll());
            if (schema != null) {
                references(io.swagger.v3.core.util.Json.pretty(schema), used, queue);
            }
        }
        all.keySet().retainAll(used);
        api.getComponents().setSchemas(new java.util.TreeMap<>(all));
    }

    private static void references(String json, java.util.Set<String> used, java.util.Deque<String> queue) {
        var reference = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9_.\\-]+)")
                .matcher(json);
        while (reference.find()) {
            if (used.add(reference.group(1))) {
                queue.add(reference.group(1));
            }
        }
    }

    /** One line per operation, for the document's readers and its linter. */
    static final Map<String, String> SUMMARIES = Map.of(
            "listSubscriptions", "List webhook subscriptions",
            "createSubscription", "Subscribe an agency's webhook",
            "readSubscription", "Read a webhook subscription",
            "updateSubscription", "Change a webhook subscription",
            "rotateSubscriptionSecret", "Rotate a subscription's signing secret",
            "listDeadLetters", "List deliveries that gave up",
            "replayDeadLetter", "Send a dead-lettered delivery again");

    private static void complete(String path, PathItem.HttpMethod method, Operation operation, Contract contract) {
        operation.setOperationId(contract.operationId());
        if (operation.getSummary() == null) {
            operation.setSummary(SUMMARIES.getOrDefault(contract.operationId(), contract.operationId()));
        }
        operation.setTags(List.of(path.startsWith("/api/v1/subscriptions") ? "subscriptions" : "dead-letters"));
        operation.setSecurity(List.of(new SecurityRequirement().addList("basicAuth")));
        List<Parameter> parameters =
                new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        parameters.removeIf(p -> "header".equals(p.getIn()) && p.getName().equalsIgnoreCase("If-Match"));
        if (contract.ifMatch()) {
            parameters.add(new Parameter().$ref("#/components/parameters/IfMatch"));
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);

        ApiResponse derived = operation.getResponses() == null
                ? null
                : operation.getResponses().values().stream().findFirst().orElse(null);
        ApiResponse success = new ApiResponse()
                .description(HttpStatus.valueOf(contract.status()).getReasonPhrase());
        if (derived != null && derived.getContent() != null) {
            Content content = new Content();
            derived.getContent()
                    .forEach((type, media) ->
                            content.addMediaType("*/*".equals(type) ? "application/json" : type, media));
            success.setContent(content);
        }
        if (contract.etag()) {
            success.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag"));
        }
        if (contract.location()) {
            success.addHeaderObject("Location", new Header().$ref("#/components/headers/Location"));
        }
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(Integer.toString(contract.status()), success);
        error(
                responses,
                HttpStatus.BAD_REQUEST,
                "The request breaks a rule: each broken rule is in errors[] with its field.");
        error(responses, HttpStatus.UNAUTHORIZED, "No or wrong credentials.")
                .addHeaderObject("WWW-Authenticate", new Header().$ref("#/components/headers/WWWAuthenticate"));
        error(responses, HttpStatus.FORBIDDEN, "The account lacks the REGISTRY_ADMIN role.");
        if (path.contains("{")) {
            error(responses, HttpStatus.NOT_FOUND, "No such subscription or dead letter.");
        }
        if (contract.ifMatch()) {
            error(responses, HttpStatus.PRECONDITION_FAILED, "If-Match is stale: read the subscription again.");
        }
        if (operation.getRequestBody() != null) {
            error(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not JSON.");
        }
        error(
                responses,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected: the problem carries an opaque traceId to quote.");
        if (contract.needsSecretKey()) {
            error(
                    responses,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "No secret encryption key is configured (NOTIFICATION_SECRET_KEY).");
        }
        operation.setResponses(responses);
    }

    private static ApiResponse error(ApiResponses responses, HttpStatus status, String description) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("Problem"))));
        responses.addApiResponse(Integer.toString(status.value()), response);
        return response;
    }

    private static void addProblemSchemas(Components components) {
        components.addSchemas(
                "FieldError",
                new ObjectSchema()
                        .description("One broken rule.")
                        .addProperty(
                                "field",
                                new StringSchema().description("The field or header, e.g. url, countries[], If-Match."))
                        .addProperty(
                                "rule",
                                new StringSchema()
                                        .description(
                                                "The constraint broken, e.g. NotBlank, Pattern; absent for the URL and If-Match checks."))
                        .addProperty("message", new StringSchema().description("The rule in words."))
                        .required(List.of("field", "message")));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri")._default("about:blank"));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema().description("What went wrong, in words."));
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("FieldError")));
        properties.put("traceId", new StringSchema().description("500: quote it when reporting the error."));
        components.addSchemas(
                "Problem",
                new ObjectSchema()
                        .description("An error, as RFC 9457 problem details.")
                        .properties(properties)
                        .required(List.of("title", "status")));
    }
}

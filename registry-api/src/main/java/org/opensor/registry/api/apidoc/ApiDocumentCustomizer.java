package org.opensor.registry.api.apidoc;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.api.registrant.web.BorderIdentityView;
import org.opensor.registry.api.security.Access;
import org.opensor.registry.api.security.Permission;
import org.opensor.registry.api.security.Permissions;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Completes the document springdoc derives from the controllers with what only the rest of the code knows: who
 * may call each operation ({@link Permissions}), which headers it needs or answers with, every status it can
 * answer and the problem+json body of each error ({@code ApiExceptionHandler}), and the operation ids of
 * {@link ApiOperations}. An operation missing from either table makes the document fail, so it cannot drift.
 */
final class ApiDocumentCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(
                "basicAuth",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("An account of the registry (user name and password); the default mode."));
        components.addSecuritySchemes(
                "bearerAuth",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                                "An access token from the registry's identity provider (registry.security.mode=oidc)."));
        addProblemSchemas(components);
        addHeaders(components);
        addParameters(components);
        ModelConverters.getInstance().readAll(BorderIdentityView.class).forEach(components::addSchemas);
        components.addSchemas(
                "RegistrantView",
                new Schema<>()
                        .anyOf(List.of(
                                new Schema<>().$ref("RegistrantResponse"), new Schema<>().$ref("BorderIdentityView")))
                        .description(
                                "One record as the caller may see it: the whole record, or for a border officer the identity view only."));
        Schema<?> screening =
                components.getSchemas() == null ? null : components.getSchemas().get("ScreeningRequest");
        if (screening != null) {
            screening.addProperty(
                    "surname",
                    new StringSchema()
                            .maxLength(100)
                            .deprecated(true)
                            .description("Deprecated alias of familyName, read until v2; send familyName."));
        }

        List<String> missing = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    var permission = Permissions.find(HttpMethod.valueOf(method.name()), path);
                    var contract = ApiOperations.of(method.name(), path);
                    if (permission.isEmpty() || contract.isEmpty()) {
                        missing.add(method + " " + path);
                        return;
                    }
                    complete(path, method, operation, permission.get(), contract.get());
                }));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Operations without a row in Permissions or ApiOperations: " + missing);
        }
        registrantSexEnums(components);
        new UnusedSchemas(api).remove();
    }

    private void complete(
            String path,
            PathItem.HttpMethod method,
            Operation operation,
            Permission permission,
            ApiOperations.Contract contract) {
        operation.setOperationId(contract.operationId());
        if (operation.getSummary() == null) {
            operation.setSummary(summary(contract.operationId()));
        }
        operation.setTags(List.of(tag(path)));
        operation.setSecurity(List.of(
                new SecurityRequirement().addList("basicAuth"), new SecurityRequirement().addList("bearerAuth")));
        operation.addExtension("x-opensor-roles", List.of(permission.roleNames()));
        String roles = "Roles: " + String.join(", ", permission.roleNames()) + ".";
        operation.setDescription(
                operation.getDescription() == null ? roles : operation.getDescription() + "\n\n" + roles);

        List<Parameter> parameters =
                new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        parameters.removeIf(p -> "header".equals(p.getIn())
                && (p.getName().equalsIgnoreCase("X-Purpose") || p.getName().equalsIgnoreCase("If-Match")));
        if (permission.needsPurpose()) {
            parameters.add(ref("XPurpose"));
        }
        switch (contract.ifMatch()) {
            case REQUIRED -> parameters.add(ref("IfMatchRequired"));
            case OPTIONAL -> parameters.add(ref("IfMatchOptional"));
            case NONE -> {}
        }
        if (method == PathItem.HttpMethod.POST) {
            parameters.add(ref("IdempotencyKey"));
        }
        operation.setParameters(parameters);

        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(Integer.toString(contract.status()), success(path, operation, contract));
        boolean hasBody = operation.getRequestBody() != null;
        error(
                responses,
                HttpStatus.BAD_REQUEST,
                "The request breaks a rule: each broken rule is in errors[] with its field and rule.");
        error(responses, HttpStatus.UNAUTHORIZED, "No or wrong credentials.")
                .addHeaderObject("WWW-Authenticate", headerRef("WWWAuthenticate"));
        error(
                responses,
                HttpStatus.FORBIDDEN,
                "The caller's role may not do this, the record is restricted to other units, or a second account must"
                        + " approve (rule four-eyes).");
        if (path.contains("{")) {
            error(responses, HttpStatus.NOT_FOUND, "No such resource.");
        }
        if (method != PathItem.HttpMethod.GET) {
            error(
                            responses,
                            HttpStatus.CONFLICT,
                            "Refused by the current state (rule, currentState), a possible duplicate (candidateIds), "
                                    + "or the Idempotency-Key is used by a request still running (then with Retry-After).")
                    .addHeaderObject("Retry-After", headerRef("RetryAfter"));
        }
        if (contract.ifMatch() != ApiOperations.IfMatch.NONE) {
            error(
                            responses,
                            HttpStatus.PRECONDITION_FAILED,
                            "If-Match is stale or weak: currentVersion and the ETag header give the current version.")
                    .addHeaderObject("ETag", headerRef("ETag"));
        }
        if (hasBody) {
            error(responses, HttpStatus.CONTENT_TOO_LARGE, "The body is over its limit.");
            error(
                    responses,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The body is of a media type this operation does not take.");
        }
        if (method == PathItem.HttpMethod.POST) {
            error(responses, HttpStatus.UNPROCESSABLE_CONTENT, "The Idempotency-Key was used with another request.");
        }
        if (contract.ifMatch() == ApiOperations.IfMatch.REQUIRED) {
            error(responses, HttpStatus.PRECONDITION_REQUIRED, "If-Match is missing.");
        }
        if (permission.access() == Access.SEARCH) {
            error(responses, HttpStatus.TOO_MANY_REQUESTS, "Too many searches from this account in one minute.")
                    .addHeaderObject("Retry-After", headerRef("RetryAfter"));
        }
        error(
                responses,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected: the problem carries an opaque traceId to quote.");
        error(responses, HttpStatus.SERVICE_UNAVAILABLE, "A data store cannot answer; retry after Retry-After seconds.")
                .addHeaderObject("Retry-After", headerRef("RetryAfter"));
        operation.setResponses(responses);
    }

    private static ApiResponse success(String path, Operation operation, ApiOperations.Contract contract) {
        ApiResponse derived = operation.getResponses() == null
                ? null
                : operation.getResponses().values().stream().findFirst().orElse(null);
        ApiResponse success = new ApiResponse()
                .description(HttpStatus.valueOf(contract.status()).getReasonPhrase());
        if (contract.status() != 204 && derived != null && derived.getContent() != null) {
            success.setContent(jsonOnly(derived.getContent()));
        }
        if (path.equals("/api/v1/alerts/stream")) {
            success.setContent(new Content()
                    .addMediaType(
                            "text/event-stream",
                            new MediaType()
                                    .schema(new StringSchema()
                                            .description(
                                                    "Server-sent events: first `event: ready`, then one `event: alert` per new or changed alert, "
                                                            + "its data an Alert as JSON."))));
        }
        if (contract.operationId().equals("downloadPhoto")) {
            Schema<?> binary =
                    new StringSchema().format("binary").description("The photo, re-encoded without metadata.");
            success.setContent(new Content()
                    .addMediaType("image/jpeg", new MediaType().schema(binary))
                    .addMediaType("image/png", new MediaType().schema(binary)));
        }
        if (path.equals("/api/v1/registrants/{id}") && contract.operationId().equals("readRegistrant")) {
            success.setContent(
                    new Content().addMediaType(JSON, new MediaType().schema(new Schema<>().$ref("RegistrantView"))));
        }
        if (contract.etag()) {
            success.addHeaderObject("ETag", headerRef("ETag"));
        }
        if (contract.location()) {
            success.addHeaderObject("Location", headerRef("Location"));
        }
        return success;
    }

    private static Content jsonOnly(Content derived) {
        Content content = new Content();
        derived.forEach((type, media) -> content.addMediaType("*/*".equals(type) ? JSON : type, media));
        return content;
    }

    private static ApiResponse error(ApiResponses responses, HttpStatus status, String description) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(
                        new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))));
        responses.addApiResponse(Integer.toString(status.value()), response);
        return response;
    }

    /** registerPerson: "Register person". */
    private static String summary(String operationId) {
        String words = operationId.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One tag per resource a client works with: a generated client makes one class of each. */
    private static String tag(String path) {
        String[] parts = path.substring("/api/v1/".length()).split("/");
        return parts.length >= 3
                        && parts[0].equals("registrants")
                        && List.of("travel-notices", "restriction", "photos").contains(parts[2])
                ? parts[2]
                : parts[0];
    }

    /** A registrant's sex is the registry's one enum wherever a record is shown (the views carry it as text). */
    private static void registrantSexEnums(Components components) {
        for (String name : List.of("RegistrantResponse", "RegistrantSummary", "BorderIdentityView", "Subject")) {
            Schema<?> schema = components.getSchemas().get(name);
            if (schema != null
                    && schema.getProperties() != null
                    && schema.getProperties().get("sex") instanceof StringSchema sex) {
                sex.setEnum(
                        java.util.Arrays.stream(Sex.values()).map(Enum::name).toList());
            } else if (schema != null
                    && schema.getProperties() != null
                    && schema.getProperties().get("sex") != null) {
                @SuppressWarnings("unchecked")
                Schema<Object> sex = (Schema<Object>) schema.getProperties().get("sex");
                sex.setEnum(java.util.Arrays.stream(Sex.values())
                        .map(Enum::name)
                        .map(Object.class::cast)
                        .toList());
            }
        }
    }

    private static Parameter ref(String name) {
        return new Parameter().$ref("#/components/parameters/" + name);
    }

    private static Header headerRef(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    private static void addProblemSchemas(Components components) {
        components.addSchemas(
                "FieldError",
                new ObjectSchema()
                        .description("One broken rule.")
                        .addProperty(
                                "field",
                                new StringSchema()
                                        .description("The field, parameter or header, e.g. dateOfBirth, If-Match."))
                        .addProperty(
                                "rule",
                                new StringSchema()
                                        .description("The rule broken, e.g. required, calendar-date, max-size."))
                        .addProperty("message", new StringSchema().description("The rule in words."))
                        .required(List.of("field", "rule", "message")));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                new StringSchema()
                        .format("uri")
                        ._default("about:blank")
                        .description(
                                "The problem type, e.g. urn:opensor:problem:validation; absent means about:blank (RFC 9457)."));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema().description("What went wrong, in words; never personal data."));
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("FieldError")));
        properties.put(
                "rule",
                new StringSchema()
                        .description(
                                "409 refused-transition: the rule that refused the change; 403 four-eyes: four-eyes."));
        properties.put(
                "currentState",
                new StringSchema().description("409 refused-transition: the state the change was refused in."));
        properties.put(
                "currentVersion",
                new IntegerSchema().format("int64").description("412 stale-version: the version to read again."));
        properties.put(
                "candidateIds",
                new ArraySchema()
                        .items(new UUIDSchema())
                        .description("409 possible-duplicate: the records that may be this person."));
        properties.put("traceId", new StringSchema().description("500: quote it when reporting the error."));
        components.addSchemas(
                PROBLEM,
                new ObjectSchema()
                        .description("An error, as RFC 9457 problem details.")
                        .properties(properties)
                        .required(List.of("title", "status")));
    }

    private static void addHeaders(Components components) {
        components.addHeaders(
                "ETag",
                new Header()
                        .description("The version of the resource, e.g. \"3\"; send it back in If-Match.")
                        .schema(new StringSchema()));
        components.addHeaders(
                "Location",
                new Header()
                        .description("Where the created resource is.")
                        .schema(new StringSchema().format("uri-reference")));
        components.addHeaders(
                "WWWAuthenticate",
                new Header()
                        .description("The scheme to authenticate with: Basic, or Bearer in OIDC mode.")
                        .schema(new StringSchema()));
        components.addHeaders(
                "RetryAfter",
                new Header().description("Seconds to wait before trying again.").schema(new IntegerSchema()));
    }

    private static void addParameters(Components components) {
        components.addParameters(
                "XPurpose",
                new Parameter()
                        .in("header")
                        .name("X-Purpose")
                        .required(true)
                        .description("Purpose of access, kept in the audit trail: a case reference, then the reason, "
                                + "e.g. 'CASE-2026-0042 suspected breach of travel notice'. Missing or malformed: 400.")
                        .schema(new StringSchema().maxLength(300))
                        .example("CASE-2026-0042 suspected breach of travel notice"));
        components.addParameters(
                "IfMatchRequired",
                new Parameter()
                        .in("header")
                        .name("If-Match")
                        .required(true)
                        .description("The ETag as read, e.g. \"3\", or *. Missing: 428; stale or weak: 412.")
                        .schema(new StringSchema()));
        components.addParameters(
                "IfMatchOptional",
                new Parameter()
                        .in("header")
                        .name("If-Match")
                        .required(false)
                        .description("The ETag as read, e.g. \"3\": when sent and stale, 412.")
                        .schema(new StringSchema()));
        components.addParameters(
                "IdempotencyKey",
                new Parameter()
                        .in("header")
                        .name("Idempotency-Key")
                        .required(false)
                        .description(
                                "1 to 255 visible ASCII characters (a UUID is a good key): a retry with the same key and body "
                                        + "gets the first answer again instead of doing the work twice.")
                        .schema(new StringSchema().minLength(1).maxLength(255)));
    }

    /** The schemas nothing refers to (springdoc leaves, e.g., the type of a replaced response behind). */
    private record UnusedSchemas(OpenAPI api) {
        void remove() {
            Map<String, Schema> all = api.getComponents().getSchemas();
            if (all == null) {
                return;
            }
            var used = new java.util.HashSet<String>();
            var queue = new java.util.ArrayDeque<String>();
            collect(
                    io.swagger.v3.core.util.Json.pretty(api.getPaths())
                            + io.swagger.v3.core.util.Json.pretty(
                                    api.getComponents().getHeaders())
                            + io.swagger.v3.core.util.Json.pretty(
                                    api.getComponents().getParameters()),
                    used,
                    queue);
            while (!queue.isEmpty()) {
                Schema<?> schema = all.get(queue.poll());
                if (schema != null) {
                    collect(io.swagger.v3.core.util.Json.pretty(schema), used, queue);
                }
            }
            all.keySet().retainAll(used);
            api.getComponents().setSchemas(new TreeMap<>(all));
        }

        private static void collect(String json, java.util.Set<String> used, java.util.Deque<String> queue) {
            var m = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9_.\\-]+)")
                    .matcher(json);
            while (m.find()) {
                if (used.add(m.group(1))) {
                    queue.add(m.group(1));
                }
            }
        }
    }
}

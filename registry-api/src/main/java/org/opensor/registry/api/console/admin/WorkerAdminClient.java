package org.opensor.registry.api.console.admin;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.notification.adminapi.DeadLetterPage;
import org.opensor.registry.notification.adminapi.NewSubscription;
import org.opensor.registry.notification.adminapi.SubscriptionChange;
import org.opensor.registry.notification.adminapi.SubscriptionPage;
import org.opensor.registry.notification.adminapi.SubscriptionView;
import org.opensor.registry.notification.adminapi.SubscriptionWithSecret;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification worker's administration API (subscriptions and dead letters), called server to server with
 * the worker's administrator account: the console is the administrator's only window onto it, and the worker
 * keeps its own rules (the URL check, the filters' formats, If-Match), whose problem+json answers come back as
 * {@link Refused} with the worker's field names and words. The types are the worker's own, from
 * {@code notification-admin-api}: never a copy here.
 */
@Component
class WorkerAdminClient {

    /** The worker refused the request: its status, its detail and its field errors (field → message). */
    static class Refused extends RuntimeException {
        final int status;
        final Map<String, String> fieldErrors;

        Refused(int status, String detail, Map<String, String> fieldErrors) {
            super(detail);
            this.status = status;
            this.fieldErrors = fieldErrors;
        }

        /** The field errors, or the detail alone under "" when the worker named no field. */
        Map<String, String> errors() {
            if (!fieldErrors.isEmpty()) {
                return fieldErrors;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("", getMessage());
            return errors;
        }
    }

    /**
     * The worker could not be reached or answered with a failure of its own; {@code problem} is the console's
     * message key for it ({@code worker.problem.*}), the message the log's English.
     */
    static class Unavailable extends RuntimeException {
        final String problem;

        Unavailable(String problem, String message, Throwable cause) {
            super(message, cause);
            this.problem = problem;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final WorkerSettings settings;
    private final RestClient http;

    WorkerAdminClient(WorkerSettings settings, SslBundles sslBundles) {
        this.settings = settings;
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3));
        if (settings.trustBundle() != null && !settings.trustBundle().isBlank()) {
            client.sslContext(sslBundles.getBundle(settings.trustBundle()).createSslContext());
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client.build());
        requests.setReadTimeout(Duration.ofSeconds(15));
        RestClient.Builder builder = RestClient.builder().requestFactory(requests);
        if (settings.configured()) {
            builder.baseUrl(settings.url().replaceAll("/+$", ""))
                    .defaultHeaders(headers -> headers.setBasicAuth(settings.username(), settings.password()));
        }
        this.http = builder.build();
    }

    boolean configured() {
        return settings.configured();
    }

    /** Every subscription (the worker pages by 200 at most). */
    List<SubscriptionView> allSubscriptions() {
        List<SubscriptionView> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            SubscriptionPage one =
                    read(get("/api/v1/subscriptions?page=" + page + "&size=200").body(), SubscriptionPage.class);
            all.addAll(one.items());
            if (one.items().isEmpty() || all.size() >= one.total()) {
                return all;
            }
        }
    }

    SubscriptionView subscription(UUID id) {
        return read(get("/api/v1/subscriptions/" + id).body(), SubscriptionView.class);
    }

    SubscriptionWithSecret create(NewSubscription subscription) {
        return read(send("POST", "/api/v1/subscriptions", null, subscription), SubscriptionWithSecret.class);
    }

    SubscriptionView update(UUID id, long version, SubscriptionChange change) {
        return read(send("PUT", "/api/v1/subscriptions/" + id, version, change), SubscriptionView.class);
    }

    SubscriptionWithSecret rotateSecret(UUID id, long version) {
        return read(
                send("POST", "/api/v1/subscriptions/" + id + "/secret-rotations", version, null),
                SubscriptionWithSecret.class);
    }

    DeadLetterPage deadLetters(int page, int size) {
        return read(
                get("/api/v1/deliveries/dead-letters?page=" + page + "&size=" + size)
                        .body(),
                DeadLetterPage.class);
    }

    void replay(UUID deliveryId) {
        send("POST", "/api/v1/deliveries/dead-letters/" + deliveryId + "/replay", null, null);
    }

    private Answer get(String path) {
        return call(http.get().uri(path).accept(MediaType.APPLICATION_JSON));
    }

    private String send(String method, String path, Long version, Object body) {
        RestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .accept(MediaType.APPLICATION_JSON);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        }
        return call(request).body();
    }

    private record Answer(String body) {}

    private Answer call(RestClient.RequestHeadersSpec<?> request) {
        if (!configured()) {
            throw new Unavailable(
                    "worker.problem.notConfigured",
                    "The notification worker is not configured (registry.worker.url).",
                    null);
        }
        try {
            return request.exchange((req, response) -> {
                HttpStatusCode status = response.getStatusCode();
                String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (status.is2xxSuccessful()) {
                    return new Answer(text);
                }
                if (status.value() != 401 && status.value() != 403 && status.value() != 500) {
                    throw refused(status.value(), text); // the request's fault, or the worker's 503 "not configured"
                }
                // 401/403: the registry's own credentials are wrong; 500: the worker failed. Neither is the
                // administrator's input.
                throw new Unavailable(
                        "worker.problem.failed", "The notification worker answered " + status.value() + ".", null);
            });
        } catch (ResourceAccessException e) {
            throw new Unavailable("worker.problem.unreachable", "The notification worker cannot be reached.", e);
        }
    }

    /** Reads the worker's problem+json: {@code errors: [{field, message}]}; a field of a list ("countries[]") names the list. */
    private static Refused refused(int status, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String detail = "The notification worker refused the request (" + status + ").";
        try {
            JsonNode problem = JSON.readTree(text);
            if (problem.hasNonNull("detail")) {
                detail = problem.get("detail").asString();
            }
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asString("").replaceAll("\\[.*$", "");
                String message = error.path("message").asString("");
                String rule = error.path("rule").asString("");
                if (field.equals("If-Match")) {
                    field = ""; // not a form field: the page sends the version itself
                }
                String english = field.isEmpty() || message.startsWith(field) ? message : field + " " + message;
                // a Bean Validation finding names its constraint: worded in the reader's language when a bundle can
                fields.putIfAbsent(
                        field, rule.isEmpty() || field.isEmpty() ? english : ConsoleForms.words(field, rule, english));
            }
        } catch (JacksonException notJson) {
            // the detail above stands
        }
        return new Refused(status, detail, fields);
    }

    private static <T> T read(String text, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JacksonException e) {
            throw new Unavailable(
                    "worker.problem.notUnderstood",
                    "The notification worker gave an answer this version of the registry does not understand.",
                    e);
        }
    }
}

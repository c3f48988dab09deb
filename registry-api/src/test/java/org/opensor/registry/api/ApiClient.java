package org.opensor.registry.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.opensor.registry.testservices.contract.ContractCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API under test, speaking as one of the test accounts. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Reply post(String path, String user, String jsonBody) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    /** A POST with an {@code If-Match} header (null for none). */
    public Reply post(String path, String user, String jsonBody, String ifMatch) {
        HttpRequest.Builder request = request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** A PUT with an {@code If-Match} header (null for none). */
    public Reply put(String path, String user, String jsonBody, String ifMatch) {
        HttpRequest.Builder request = request(path, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** A POST that reads personal data (a search): with an {@code X-Purpose} header, null for none. */
    public Reply search(String path, String user, String purpose, String jsonBody) {
        HttpRequest.Builder request = request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        return send(request);
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    public Reply get(String path, String user, String purpose) {
        HttpRequest.Builder request = request(path, user).GET();
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            ContractCheck.check(built, response);
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        }
    }
}

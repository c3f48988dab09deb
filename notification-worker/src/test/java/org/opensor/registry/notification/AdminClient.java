package org.opensor.registry.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.opensor.registry.stack.ServiceProcess;
import org.opensor.registry.testservices.contract.ContractCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry administrator calling the worker's API over HTTP Basic; every answer is checked against the served document. */
final class AdminClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http;
    private final String base;
    private final String authorization;

    /** The worker of this test JVM's own context, on a plaintext loopback port (no SSL bundle in module tests). */
    AdminClient(int port, String user, String password) {
        this(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, user, password);
    }

    /** A worker run from its jar, as the stack runs it: HTTPS only, checked against the run's authority. */
    AdminClient(ServiceProcess worker, String user, String password) {
        this(worker.http(), worker.url(), user, password);
    }

    private AdminClient(HttpClient http, String base, String user, String password) {
        this.http = http;
        this.base = base;
        this.authorization = password == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A subscription just created: its id and the secret shown once. */
    record Created(String id, String secret, String etag) {}

    Created subscribe(String json) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/subscriptions", json, null);
        if (response.statusCode() != 201) {
            throw new AssertionError("subscription refused: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return new Created(
                body.get("subscription").get("id").asString(),
                body.get("signingSecret").asString(),
                response.headers().firstValue("ETag").orElseThrow());
    }

    HttpResponse<String> send(String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("content-type", "application/json");
        if (authorization != null) {
            request.header("authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        ContractCheck.check(http, built, response);
        return response;
    }
}

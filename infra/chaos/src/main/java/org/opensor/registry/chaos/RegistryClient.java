package org.opensor.registry.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The registry's API as the load and the probes call it: one base address, HTTP Basic per demo role. */
final class RegistryClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String PURPOSE = "Chaos suite: checking the registry keeps answering";

    /** A reply, or the status -1 when no reply came at all (the connection failed or timed out). */
    record Reply(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private final String base;
    private final HttpClient http;
    private final Map<String, String> passwords;

    /** @param passwords username → password of the demo accounts */
    RegistryClient(String base, SSLContext tls, Map<String, String> passwords) {
        this.base = base;
        this.passwords = passwords;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3));
        this.http = (tls == null ? builder : builder.sslContext(tls)).build();
    }

    String base() {
        return base;
    }

    Reply post(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    HttpRequest.Builder request(String path, String user) {
        String credentials = user + ":" + passwords.getOrDefault(user, "");
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("X-Purpose", PURPOSE);
    }

    HttpClient http() {
        return http;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(-1, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "interrupted");
        }
    }
}

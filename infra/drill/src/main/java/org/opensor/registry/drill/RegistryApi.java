package org.opensor.registry.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.opensor.registry.stack.ServiceTls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The registry's API as the drill calls it: HTTPS checked against the install's authority, as the stack's demo accounts
 * (HTTP Basic, or Keycloak's tokens when the stack signs in through Keycloak).
 */
final class RegistryApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PURPOSE = "Backup and restore drill: checking the restored registry";

    /** A person the drill registers: all three fields are what the identity search is asked with later. */
    record Person(String id, String familyName, String dateOfBirth) {}

    private final String base;
    private final SignIn signIn;
    private final HttpClient http;

    /** @param trustedCertificate the install's certificate authority (PEM): the API serves HTTPS with its certificate */
    RegistryApi(String base, SignIn signIn, java.nio.file.Path trustedCertificate) {
        this.base = base;
        this.signIn = signIn;
        this.http = ServiceTls.client(trustedCertificate)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    Person register(String familyName, String dateOfBirth) {
        JsonNode created = send("POST", "/api/v1/registrants", "clerk", """
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"%s","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true,"reason":"Backup and restore drill"}""".formatted(familyName, dateOfBirth));
        return new Person(created.path("id").asString(), familyName, dateOfBirth);
    }

    /** True when an identity search by name and date of birth ranks this person among its hits. */
    boolean finds(Person person) {
        JsonNode result = send("POST", "/api/v1/identity-searches", "police", """
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"%s"}""".formatted(
                        person.familyName(), person.dateOfBirth()));
        for (JsonNode hit : result.path("hits")) {
            if (person.id().equals(hit.path("registrantId").asString())) {
                return true;
            }
        }
        return false;
    }

    /** {@code GET /api/v1/audit-events/verification} as the auditor. */
    JsonNode auditVerification() {
        return send("GET", "/api/v1/audit-events/verification", "auditor", null);
    }

    boolean ready() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(3))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode send(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", signIn.authorization(user))
                .header("X-Purpose", PURPOSE)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                // the status and the problem's title only: a problem body may quote the personal data sent
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

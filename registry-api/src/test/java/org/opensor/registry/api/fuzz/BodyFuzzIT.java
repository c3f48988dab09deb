package org.opensor.registry.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.api.security.Permission;
import org.opensor.registry.api.security.Permissions;
import org.opensor.registry.api.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Finding 5 of issue 21, as a property: for every POST and PUT with a body in the served OpenAPI document, bodies
 * mutated from a valid-shaped one (wrong types, huge or hostile text, junk nesting, missing and extra fields,
 * numbers and dates out of range, broken JSON) sent as a role allowed to call it never get a 5xx, and every 4xx is
 * problem+json. Seeded ({@code -Dfuzz.seed}, {@code -Dfuzz.perOperation}), so a failure can be replayed.
 */
@IntegrationTest
class BodyFuzzIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PURPOSE = "CASE-2026-0042 fuzz test of input validation";
    /** Accounts of its own, so that the search rate limit it uses up is not the other tests' (one per role). */
    private static final String FUZZ_PREFIX = "fuzz-";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ElasticsearchClient elasticsearch;

    record Operation(String method, String path, String contentType, JsonNode schema) {}

    record Failure(String operation, String mutation, int status, String contentType, String body) {}

    @Test
    void noMutatedBodyGetsA5xxOrAnUntypedError() throws Exception {
        TestAccounts.ensure(jdbc, encoder);
        fuzzAccounts();
        // searches and screenings then run their whole path (without an index they would rightly answer 503)
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        long seed = Long.getLong("fuzz.seed", 20261206L);
        int perOperation = Integer.getInteger("fuzz.perOperation", 200);
        ApiClient api = new ApiClient(port);
        JsonNode document = api.get("/v3/api-docs", null, null).json();
        String registrant = api.post(
                        "/api/v1/registrants",
                        "clerk",
                        aRegistrant().named("FUZZ", TestNames.unique()).json())
                .json()
                .get("id")
                .asString();
        String target = "fuzz" + System.nanoTime();
        api.post("/api/v1/accounts", "admin", """
                {"username":"%s","role":"auditor","password":"a-long-enough-password-1"}""".formatted(target));

        List<Operation> operations = new ArrayList<>(operations(document));
        // restricting the record to a unit would turn every later call on it into a 403, so that one goes last
        operations.sort(java.util.Comparator.comparing(o -> o.path().endsWith("/restriction")));
        assertThat(operations)
                .extracting(Operation::path)
                .contains(
                        "/api/v1/registrants",
                        "/api/v1/screenings",
                        "/api/v1/manifests",
                        "/api/v1/accounts",
                        "/api/v1/registrants/{id}/travel-notices");
        Random random = new Random(seed);
        BodyMutations mutations = new BodyMutations(document, random);
        List<Failure> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int sent = 0;
        for (Operation operation : operations) {
            String user = userFor(operation);
            String path = operation
                    .path()
                    .replace("{id}", registrant)
                    .replace("{noticeId}", java.util.UUID.randomUUID().toString())
                    .replace("{username}", target)
                    .replace("{state}", "THA")
                    .replace("{lineNumber}", "1")
                    // any other identifier: a well-formed one nobody holds (the body is what is fuzzed)
                    .replaceAll("\\{[A-Za-z]+}", java.util.UUID.randomUUID().toString());
            for (int i = 0; i < perOperation; i++) {
                BodyMutations.Mutated body = operation.contentType().contains("json")
                        ? mutations.json(operation.schema())
                        : mutations.text();
                HttpResponse<String> reply = send(operation, path, user, body.body());
                sent++;
                statuses.merge(reply.statusCode(), 1, Integer::sum);
                String type = reply.headers().firstValue("Content-Type").orElse("");
                if (reply.statusCode() >= 500
                        || (reply.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
                    failures.add(new Failure(
                            operation.method() + " " + operation.path(),
                            body.mutation(),
                            reply.statusCode(),
                            type,
                            reply.body().substring(0, Math.min(300, reply.body().length()))));
                }
            }
        }
        long serverErrors = failures.stream().filter(f -> f.status() >= 500).count();
        System.out.printf(
                "[fuzz] seed %d: %d operations, %d requests sent, %d answered 5xx, %d 4xx not problem+json%n",
                seed, operations.size(), sent, serverErrors, failures.size() - serverErrors);
        System.out.println("[fuzz] answers by status: " + statuses);
        failures.stream().limit(25).forEach(f -> System.out.println("[fuzz] " + f));
        assertThat(failures).isEmpty();
    }

    private void fuzzAccounts() {
        String hash = encoder.encode(TestAccounts.PASSWORD);
        TestAccounts.ROLE_OF.forEach((user, role) -> jdbc.sql("""
                insert into registry.account (username, password_hash, role, created_at) values (:u, :h, :r, now())
                on conflict (username) do update set password_hash = excluded.password_hash, failed_attempts = 0, locked_until = null
                """)
                .param("u", FUZZ_PREFIX + user)
                .param("h", hash)
                .param("r", role.name())
                .update());
    }

    /** Every POST and PUT of the document that takes a body, with the schema of its first media type. */
    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : List.of("post", "put")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null || operation.get("requestBody") == null) {
                    continue;
                }
                Map.Entry<String, JsonNode> media = operation
                        .get("requestBody")
                        .get("content")
                        .properties()
                        .iterator()
                        .next();
                operations.add(new Operation(
                        method.toUpperCase(),
                        path.getKey(),
                        media.getKey(),
                        media.getValue().get("schema")));
            }
        }
        return operations;
    }

    private static String userFor(Operation operation) {
        Map<Role, String> users = new LinkedHashMap<>();
        TestAccounts.ROLE_OF.forEach((user, role) -> users.put(role, user));
        for (Permission permission : Permissions.ALL) {
            if (permission.method().name().equals(operation.method())
                    && permission.path().equals(operation.path())) {
                return FUZZ_PREFIX + users.get(permission.roles().iterator().next());
            }
        }
        throw new AssertionError("no permission lists " + operation.method() + " " + operation.path());
    }

    private HttpResponse<String> send(Operation operation, String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header(
                        "Content-Type",
                        operation.contentType().contains("json") ? "application/json" : operation.contentType())
                .header("X-Purpose", PURPOSE)
                .header("If-Match", "\"1\"")
                .timeout(Duration.ofSeconds(30))
                .method(operation.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package org.opensor.registry.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;

/** Finding 7 of issue 21: a POST retried with the same Idempotency-Key creates nothing twice. */
@IntegrationTest
class IdempotencyKeyIT extends WithTestAccounts {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = person();

        HttpResponse<String> first = post("clerk", key, body);
        HttpResponse<String> retry = post("clerk", key, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(registrantsNamed(body)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() throws Exception {
        String key = UUID.randomUUID().toString();
        post("clerk", key, person());

        HttpResponse<String> other = post("clerk", key, person());

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(other.body()).contains("\"field\":\"Idempotency-Key\"").contains("same-request");
    }

    @Test
    void keysBelongToTheAccountThatSentThem() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> clerk = post("clerk", key, person());
        HttpResponse<String> admin = HTTP.send(
                request("admin", key, "/api/v1/accounts", """
                {"username":"idem%s","role":"court-clerk","password":"a-long-enough-password-1"}""".formatted(System.nanoTime())),
                HttpResponse.BodyHandlers.ofString());

        assertThat(clerk.statusCode()).isEqualTo(201);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(201);
    }

    @Test
    void concurrentDuplicatesCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = person();
        List<Future<HttpResponse<String>>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                replies.add(pool.submit((Callable<HttpResponse<String>>) () -> post("clerk", key, body)));
            }
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> reply : replies) {
            statuses.add(reply.get().statusCode());
        }
        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(registrantsNamed(body)).isEqualTo(1);
    }

    private static String person() {
        return aRegistrant()
                .named("IDEM", "Sokha" + TestNames.unique().replaceAll("[^A-Za-z]", ""))
                .with("confirmedDistinctPerson", true)
                .json();
    }

    private int registrantsNamed(String body) {
        String given = body.replaceAll(".*\"givenNames\":\"([^\"]+)\".*", "$1").strip();
        return jdbc.sql("select count(*) from registry.registrant where given_names = :g")
                .param("g", given)
                .query(Integer.class)
                .single();
    }

    private HttpResponse<String> post(String user, String key, String body) throws Exception {
        return HTTP.send(request(user, key, "/api/v1/registrants", body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String user, String key, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }
}

package org.opensor.registry.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import tools.jackson.databind.JsonNode;

/** Finding 5 of issue 21: each bad input is a 400/413 problem naming field and rule, audited, and writes nothing. */
@IntegrationTest
class BadInputIT extends WithTestAccounts {

    @Test
    void controlCharactersLoneSurrogatesAndBidiOverridesAreRefusedByField() {
        int registrants = registrants();
        long audited = audited("POST /api/v1/registrants", 400);

        assertProblem(
                api.post("/api/v1/registrants", "clerk", person("\"familyName\":\"SO\\u0000K\"")),
                400,
                "familyName",
                "text-characters");
        assertProblem(
                api.post(
                        "/api/v1/registrants",
                        "clerk",
                        person("\"familyName\":\"SOK\",\"givenNames\":\"So\\ud800kha\"")),
                400,
                "givenNames",
                "text-characters");
        assertProblem(
                api.post("/api/v1/registrants", "clerk", person("\"familyName\":\"SOK\u202E\"")),
                400,
                "familyName",
                "text-characters");
        assertProblem(
                api.post(
                        "/api/v1/registrants",
                        "clerk",
                        person("\"familyName\":\"SOK\",\"phoneNumbers\":[\"1\\u0007\"]")),
                400,
                "phoneNumbers[0]",
                "text-characters");

        assertThat(registrants()).isEqualTo(registrants);
        assertThat(audited("POST /api/v1/registrants", 400)).isEqualTo(audited + 4);
    }

    @Test
    void zeroWidthSpacesAreStrippedWhileJoinersStay() {
        String given = "Sokha" + TestNames.unique().replaceAll("[^A-Za-z]", "");
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                person("\"familyName\":\"SO\u200BK\uFEFF\",\"givenNames\":\"" + given
                        + "\",\"originalScriptName\":\"ស\u200Dុខ\""));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("familyName").asString()).isEqualTo("SOK");
        assertThat(created.json().get("originalScriptName").asString()).isEqualTo("ស\u200Dុខ");
    }

    @Test
    void scalarsAreNotCoercedAndDatesMustBeInTheCalendarAndPlausible() {
        int registrants = registrants();

        assertProblem(
                api.post("/api/v1/registrants", "clerk", person("\"familyName\":true")), 400, "familyName", "type");
        assertProblem(
                api.post(
                        "/api/v1/registrants",
                        "clerk",
                        person("\"familyName\":\"SOK\",\"physicalDescription\":{\"heightCm\":170.5}")),
                400,
                "physicalDescription.heightCm",
                "type");
        assertProblem(
                api.post(
                        "/api/v1/registrants",
                        "clerk",
                        person("\"familyName\":\"SOK\",\"dateOfBirthPlusMinusYears\":\"2\"")),
                400,
                "dateOfBirthPlusMinusYears",
                "type");
        assertProblem(
                api.post(
                        "/api/v1/registrants",
                        "clerk",
                        person(
                                "\"familyName\":\"SOK\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"N1\",\"issuingState\":\"KHM\",\"expiresOn\":20300101}]")),
                400,
                "documents[0].expiresOn",
                "type");
        assertProblem(
                api.post(
                        "/api/v1/registrants",
                        "clerk",
                        person(
                                "\"familyName\":\"SOK\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"N1\",\"issuingState\":\"KHM\",\"expiresOn\":\"1800-01-01\"}]")),
                400,
                "documents[0].expiresOn",
                "plausible-date");
        assertProblem(
                api.post(
                        "/api/v1/registrants",
                        "clerk",
                        person(
                                "\"familyName\":\"SOK\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"N1\",\"issuingState\":\"KHM\",\"expiresOn\":\"-2030-01-01\"}]")),
                400,
                "documents[0].expiresOn",
                "calendar-date");
        assertThat(registrants()).isEqualTo(registrants);
    }

    @Test
    void impossibleDatesOfBirthAtTheBorderAreRefused() {
        assertProblem(api.post("/api/v1/screenings", "border", """
                {"surname":"SOK","dateOfBirth":"1971-02-30","borderPost":"PNH"}"""), 400, "dateOfBirth", "calendar-date");
    }

    @Test
    void aMegabyteUnitNameIsRefusedByLengthAndNoAccountIsCreated() {
        int accounts = jdbc.sql("select count(*) from registry.account")
                .query(Integer.class)
                .single();

        assertProblem(
                api.post("/api/v1/accounts", "admin", """
                {"username":"u%s","role":"court-clerk","unit":"%s","password":"a-long-enough-password-1"}""".formatted(System.nanoTime(), "U".repeat(1_000_000))),
                400,
                "unit",
                "max-length");

        assertThat(jdbc.sql("select count(*) from registry.account")
                        .query(Integer.class)
                        .single())
                .isEqualTo(accounts);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        long audited = audited("POST /api/v1/registrants", 413);
        String huge = person("\"familyName\":\"SOK\",\"reason\":\"" + "x".repeat(3_000_000) + "\"");

        assertProblem(api.post("/api/v1/registrants", "clerk", huge), 413, "body", "max-size");
        assertThat(audited("POST /api/v1/registrants", 413)).isEqualTo(audited + 1);
    }

    @Test
    void anotherMediaTypeIs415NamingTheHeader() {
        HttpResponse<String> reply =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/registrants"))
                        .header("Authorization", basic("clerk"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("SOK"))
                        .build());

        assertThat(reply.statusCode()).isEqualTo(415);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(reply.body()).contains("\"field\":\"Content-Type\"").contains("\"rule\":\"media-type\"");
    }

    @Test
    void controlCharactersInQueryParametersAreRefused() {
        assertProblem(
                api.get("/api/v1/registrants?namePrefix=SO%00K", "clerk", "CASE-2026-0042 name check"),
                400,
                "namePrefix",
                "text-characters");
    }

    @Test
    void requestsTomcatRefusesAnswerProblemJsonAndAreAudited() throws Exception {
        long audited = jdbc.sql(
                        "select count(*) from registry.audit_event where action like '%(refused by the web server)' and outcome = 'REJECTED'")
                .query(Long.class)
                .single();
        String big = "x".repeat(20_000);
        HttpResponse<String> hugeHeader = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/statutes"))
                                .header("Authorization", basic("clerk"))
                                .header("X-Junk", big)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String nulInPath = raw("GET /api/v1/registrants/a%00b HTTP/1.1\r\nHost: x\r\nAuthorization: " + basic("clerk")
                + "\r\nConnection: close\r\n\r\n");
        String controlInPath = raw("GET /api/v1/regis\u0001trants HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(hugeHeader.statusCode()).isBetween(400, 431);
        assertThat(hugeHeader.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(nulInPath).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json");
        assertThat(controlInPath)
                .startsWith("HTTP/1.1 400")
                .containsIgnoringCase("content-type: application/problem+json");
        assertThat(jdbc.sql(
                                "select count(*) from registry.audit_event where action like '%(refused by the web server)' and outcome = 'REJECTED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(audited + 3);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String person(String fields) {
        return "{" + fields + ",\"sex\":\"MALE\"}";
    }

    static void assertProblem(ApiClient.Reply reply, int status, String field, String rule) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").asString()).as(reply.body()).isEqualTo(field);
        assertThat(error.get("rule").asString()).as(reply.body()).isEqualTo(rule);
    }

    private int registrants() {
        return jdbc.sql("select count(*) from registry.registrant")
                .query(Integer.class)
                .single();
    }

    private long audited(String action, int status) {
        return jdbc.sql("select count(*) from registry.audit_event where action = :a and http_status = :s")
                .param("a", action)
                .param("s", status)
                .query(Long.class)
                .single();
    }
}

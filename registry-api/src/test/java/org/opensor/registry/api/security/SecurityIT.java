package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.testservices.TestServices;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@TestPropertySource(properties = "registry.security.searches-per-minute=5")
class SecurityIT extends WithTestAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PURPOSE = "CASE-2026-0042 suspected breach of travel notice";

    @Autowired
    TransactionTemplate transactions;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String user = "lock" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Correct-Horse-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(call(
                                "POST",
                                "/api/v1/accounts",
                                "admin",
                                "{\"username\":\"%s\",\"role\":\"police-officer\",\"password\":\"%s\"}"
                                        .formatted(user, password))
                        .statusCode())
                .isEqualTo(201);
        assertThat(Http.call(port, "GET", "/api/v1/statutes", Http.basic(user, password), PURPOSE, null)
                        .statusCode())
                .isEqualTo(200);

        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(Http.call(port, "GET", "/api/v1/statutes", Http.basic(user, "wrong-" + attempt), PURPOSE, null)
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> rightButLocked =
                Http.call(port, "GET", "/api/v1/statutes", Http.basic(user, password), PURPOSE, null);

        assertThat(rightButLocked.statusCode()).isEqualTo(401);
        Timestamp lockedUntil = jdbc.sql("select locked_until from registry.account where username = :u")
                .param("u", user)
                .query(Timestamp.class)
                .single();
        assertThat(lockedUntil.toInstant())
                .isBetween(Instant.now().plusSeconds(9 * 60), Instant.now().plusSeconds(11 * 60));
        assertThat(call("POST", "/api/v1/accounts/" + user + "/unlock", "admin", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(Http.call(port, "GET", "/api/v1/statutes", Http.basic(user, password), PURPOSE, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theRightPasswordClearsTheWrongOnesCountedBeforeIt() {
        String user = "clear" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Correct-Horse-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(call(
                                "POST",
                                "/api/v1/accounts",
                                "admin",
                                "{\"username\":\"%s\",\"role\":\"police-officer\",\"password\":\"%s\"}"
                                        .formatted(user, password))
                        .statusCode())
                .isEqualTo(201);

        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThat(Http.call(
                                        port,
                                        "GET",
                                        "/api/v1/statutes",
                                        Http.basic(user, "wrong-" + attempt),
                                        PURPOSE,
                                        null)
                                .statusCode())
                        .isEqualTo(401);
            }
            assertThat(jdbc.sql("select failed_attempts from registry.account where username = :u")
                            .param("u", user)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(4);
            assertThat(Http.call(port, "GET", "/api/v1/statutes", Http.basic(user, password), PURPOSE, null)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(jdbc.sql("select failed_attempts from registry.account where username = :u")
                            .param("u", user)
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void weakPasswordsAreRefusedNamingTheRule() {
        HttpResponse<String> reply = call(
                "POST",
                "/api/v1/accounts",
                "admin",
                "{\"username\":\"weakling\",\"role\":\"auditor\",\"password\":\"short\"}");

        assertThat(reply.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(reply.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("password");
        assertThat(error.get("rule").asString()).isEqualTo("password-policy");
    }

    @Test
    void readsAndSearchesNeedAPurposeWithACaseReference() {
        HttpResponse<String> none =
                Http.call(port, "GET", "/api/v1/registrants", Http.basic("police", TestAccounts.PASSWORD), null, null);
        HttpResponse<String> vague = Http.call(
                port, "GET", "/api/v1/registrants", Http.basic("police", TestAccounts.PASSWORD), "curious", null);

        for (HttpResponse<String> reply : java.util.List.of(none, vague)) {
            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(reply.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
            assertThat(JSON.readTree(reply.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .isEqualTo("X-Purpose");
        }
    }

    @Test
    void everyAccessIsAuditedWithWhoWhatWhyAndOutcomeIncludingRefusals() {
        String id = registerSomeone();
        call("GET", "/api/v1/registrants/" + id, "police", null);
        call("GET", "/api/v1/registrants/" + id + "/history", "border", null);
        Http.call(port, "GET", "/api/v1/registrants/" + id, Http.basic("police", "not-the-password"), PURPOSE, null);

        JsonNode entries = JSON.readTree(call("GET", "/api/v1/audit-events?recordId=" + id, "auditor", null)
                        .body())
                .get("items");

        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("police");
            assertThat(e.get("role").asString()).isEqualTo("POLICE_OFFICER");
            assertThat(e.get("action").asString()).isEqualTo("GET /api/v1/registrants/{id}");
            assertThat(e.get("purpose").asString()).isEqualTo(PURPOSE);
            assertThat(e.get("outcome").asString()).isEqualTo("ALLOWED");
            assertThat(e.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("border");
            assertThat(e.get("outcome").asString()).isEqualTo("DENIED");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("unauthenticated:police");
            assertThat(e.get("outcome").asString()).isEqualTo("UNAUTHENTICATED");
        });
        assertThat(entries)
                .anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("POST /api/v1/registrants"));
    }

    @Test
    void aBorderOfficerSeesWhoThePersonIsButNeverTheConvictions() {
        String id = registerSomeone();
        HttpResponse<String> conviction = call("POST", "/api/v1/registrants/" + id + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"PP-2019-0042","judgmentDate":"2019-05-14",
                 "offenceId":"KHM-2008-34","victimMinor":true,"country":"KHM","sentenceMonths":60}""");
        HttpResponse<String> full = call("GET", "/api/v1/registrants/" + id, "police", null);
        HttpResponse<String> border = call("GET", "/api/v1/registrants/" + id, "border", null);

        assertThat(JSON.readTree(full.body()).get("convictions").size())
                .as(conviction.body())
                .isEqualTo(1);
        assertThat(border.statusCode()).isEqualTo(200);
        JsonNode view = JSON.readTree(border.body());
        assertThat(view.get("familyName").asString()).isEqualTo("SOK");
        assertThat(view.has("documents")).isTrue();
        assertThat(view.has("convictions")).isFalse();
        assertThat(view.has("custodyEvents")).isFalse();
        assertThat(view.has("addresses")).isFalse();
        assertThat(border.body()).doesNotContain("PP-2019-0042").doesNotContain("Municipal Court");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntries() {
        call("GET", "/api/v1/statutes", "police", null);

        assertThatThrownBy(() -> jdbc.sql("update registry.audit_event set purpose = 'nothing to see'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from registry.audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anEntryChangedBehindTheApplicationsBackIsReportedWithItsPosition() {
        call("GET", "/api/v1/statutes", "police", null);
        long position = jdbc.sql("select max(position) from registry.audit_event")
                .query(Long.class)
                .single();
        String original = jdbc.sql("select purpose from registry.audit_event where position = :p")
                .param("p", position)
                .query(String.class)
                .single();
        assertThat(verification().get("intact").asBoolean()).isTrue();

        tamper(position, "CASE-0000 nothing happened here");
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("brokenAtPosition").asLong()).isEqualTo(position);
            assertThat(report.get("reason").asString()).contains("changed");
        } finally {
            tamper(position, original);
        }
    }

    @Test
    void aRecordRestrictedToNamedUnitsIsRefusedToOthersAndTheAttemptAudited() {
        String id = registerSomeone();
        assertThat(call(
                                "PUT",
                                "/api/v1/registrants/" + id + "/restriction",
                                "admin",
                                "{\"units\":[\"ANTI-TRAFFICKING\"]}")
                        .statusCode())
                .isEqualTo(200);
        String insider = "unit" + UUID.randomUUID().toString().substring(0, 8);
        call(
                "POST",
                "/api/v1/accounts",
                "admin",
                "{\"username\":\"%s\",\"role\":\"police-officer\",\"unit\":\"ANTI-TRAFFICKING\",\"password\":\"%s\"}"
                        .formatted(insider, TestAccounts.PASSWORD));

        HttpResponse<String> outsider = call("GET", "/api/v1/registrants/" + id, "police", null);
        HttpResponse<String> member = Http.call(
                port, "GET", "/api/v1/registrants/" + id, Http.basic(insider, TestAccounts.PASSWORD), PURPOSE, null);

        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "select count(*) from registry.audit_event where record_id = :id and actor = 'police' and outcome = 'DENIED'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void searchesBeyondTheAllowanceGet429WithRetryAfter() {
        // 12 calls against an allowance of 5 per minute: even split by a minute boundary, one window overflows.
        java.util.List<HttpResponse<String>> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            replies.add(Http.call(
                    port,
                    "GET",
                    "/api/v1/registrants?size=1",
                    Http.basic("clerk", TestAccounts.PASSWORD),
                    PURPOSE,
                    null));
        }
        HttpResponse<String> refused =
                replies.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(replies.getFirst().statusCode()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        HttpResponse<String> reply = call("GET", "/api/v1/statutes", "police", null);

        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(reply.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(reply.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc).contains("no-store"));
    }

    @Test
    void noNameDateOfBirthOrDocumentNumberReachesTheLogs() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("org.opensor");
        ch.qos.logback.classic.Level before = ours.getLevel();
        ours.setLevel(ch.qos.logback.classic.Level.DEBUG); // our own code at its most talkative
        captured.start();
        root.addAppender(captured);
        try {
            String id = registerSomeone("VORNDRAKOVICH", "Zebulontine", "1963-07-19");
            call("GET", "/api/v1/registrants/" + id, "police", null);
            call("GET", "/api/v1/registrants?name=VORNDRAKOVICH", "police", null);
            call(
                    "POST",
                    "/api/v1/registrants",
                    "clerk",
                    "{\"familyName\":\"VORNDRAKOVICH\",\"sex\":\"MALE\",\"dateOfBirth\":\"1963-02-30\"}");
            call("POST", "/api/v1/registrants", "police", "{\"familyName\":\"VORNDRAKOVICH\",\"sex\":\"MALE\"}");
            // A character PostgreSQL refuses inside a JSON value: it quotes the JSON around it in DETAIL and CONTEXT.
            call("POST", "/api/v1/registrants", "clerk", """
                    {"familyName":"VORNDRAKOVICH","givenNames":"Zebulontine","dateOfBirth":"1963-07-19","sex":"MALE","nationalities":["KHM"],
                     "aliases":[{"familyName":"VORNDRAKOVICH\\u0000","givenNames":"Zebulontine"}],"confirmedDistinctPerson":true}""");
            // The same refusal straight from PostgreSQL, logged the way the services log an unexpected failure.
            try {
                jdbc.sql("select cast(:json as jsonb)")
                        .param("json", "[{\"familyName\":\"VORNDRAKOVICH\\u0000\",\"document\":\"N1963-07-19\"}]")
                        .query()
                        .singleValue();
            } catch (RuntimeException refused) {
                LoggerFactory.getLogger("org.opensor.registry.api.web.ApiExceptionHandler")
                        .error("Unexpected error, trace id test", refused);
            }
        } finally {
            root.detachAppender(captured);
            ours.setLevel(before);
        }
        assertThat(captured.list)
                .isNotEmpty()
                .noneSatisfy(event -> assertThat(event.getFormattedMessage() + throwableText(event))
                        .containsAnyOf("VORNDRAKOVICH", "Vorndrakovich", "Zebulontine", "1963-07-19"));
        assertThat(captured.list)
                .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("trace id test"));
        Optional<Path> serverLog = TestServices.postgresServerLog();
        if (serverLog.isPresent()) {
            assertThat(readString(serverLog.get()))
                    .as("PostgreSQL's server log")
                    .contains("unsupported Unicode escape sequence")
                    .doesNotContain("VORNDRAKOVICH")
                    .doesNotContain("Zebulontine")
                    .doesNotContain("1963-07-19");
        }
    }

    /** Every message in the throwable's chain: a database error usually arrives wrapped. */
    private static String throwableText(ILoggingEvent event) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            text.append(' ').append(cause.getMessage());
        }
        return text.toString();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode verification() {
        return JSON.readTree(call("GET", "/api/v1/audit-events/verification", "auditor", null)
                .body());
    }

    /** What an intruder with database superuser rights would do: switch the trigger off for the session, edit. */
    private void tamper(long position, String purpose) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update registry.audit_event set purpose = :p where position = :pos")
                    .param("p", purpose)
                    .param("pos", position)
                    .update();
        });
    }

    private String registerSomeone() {
        return registerSomeone("SOK", "Sokha", "1971-03");
    }

    private String registerSomeone(String family, String given, String dob) {
        HttpResponse<String> created = call(
                "POST",
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named(family, given)
                        .bornOn(dob)
                        .nationalities("KHM")
                        .with("confirmedDistinctPerson", true)
                        .json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private HttpResponse<String> call(String method, String path, String user, String body) {
        return Http.call(port, method, path, Http.basic(user, TestAccounts.PASSWORD), PURPOSE, body);
    }
}

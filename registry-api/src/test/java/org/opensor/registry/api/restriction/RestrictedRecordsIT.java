package org.opensor.registry.api.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.alert.AlertService;
import org.opensor.registry.api.console.ConsolePermissionIT.Session;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21 finding 1, as officers of another unit would try it: a record restricted to {@code UNIT-A} shows up on no
 * path to clerks, police and border officers of {@code UNIT-B} (lists, identity search, the record, its history and
 * travel notices, the alert inbox and both alert streams, the console's pages), while an officer of {@code UNIT-A}
 * still sees it; a border screening of the person still stops them, with the details withheld and the unit to call;
 * list reads are audited with the record ids they returned.
 */
@IntegrationTest
class RestrictedRecordsIT extends WithTestAccounts {

    private static final String PURPOSE = "CASE-2026-0021 restricted record probe";
    private static final String UNIT_A = "UNIT-A";

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    AlertService alerts;

    String familyName;
    String restricted;
    final Map<String, String> passports = new HashMap<>();

    @BeforeEach
    void aRecordRestrictedToUnitA() {
        TestAccounts.ensureInUnit(jdbc, encoder, "clerk-b", Role.COURT_CLERK, "UNIT-B");
        TestAccounts.ensureInUnit(jdbc, encoder, "police-b", Role.POLICE_OFFICER, "UNIT-B");
        TestAccounts.ensureInUnit(jdbc, encoder, "border-b", Role.BORDER_OFFICER, "UNIT-B");
        TestAccounts.ensureInUnit(jdbc, encoder, "police-a", Role.POLICE_OFFICER, UNIT_A);
        familyName = TestNames.unique().toUpperCase();
        restricted = register(familyName);
        ApiClient.Reply restriction =
                api.put("/api/v1/registrants/" + restricted + "/restriction", "admin", """
                {"units":["%s"]}""".formatted(UNIT_A), null);
        assertThat(restriction.status()).as(restriction.body()).isEqualTo(200);
    }

    /** Searches and screenings need the record in the index (the search-indexer does not run here). */
    private void indexed() throws Exception {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(restricted));
    }

    @Test
    void theRegistrantListLeavesItOutForOtherUnitsAndCountsRight() {
        for (String outsider : List.of("clerk-b", "police-b", "police", "clerk")) {
            ApiClient.Reply list = api.get("/api/v1/registrants?namePrefix=" + familyName, outsider, PURPOSE);
            assertThat(list.status()).as(outsider).isEqualTo(200);
            assertThat(list.json().get("totalElements").asLong()).as(outsider).isZero();
            assertThat(list.body()).as(outsider).doesNotContain(familyName).doesNotContain(restricted);
        }
        ApiClient.Reply insider = api.get("/api/v1/registrants?namePrefix=" + familyName, "police-a", PURPOSE);
        assertThat(insider.json().get("totalElements").asLong()).isOne();
        assertThat(insider.json().get("items").get(0).get("id").asString()).isEqualTo(restricted);
    }

    @Test
    void aListReadIsAuditedWithTheRecordIdsItReturned() {
        String other = register(familyName);

        api.get("/api/v1/registrants?namePrefix=" + familyName, "police-a", PURPOSE);
        api.get("/api/v1/registrants?namePrefix=" + familyName, "police-b", PURPOSE);

        String insiders = jdbc.sql("""
                select record_id from registry.audit_event where actor = 'police-a' and action = 'GET /api/v1/registrants'
                order by position desc limit 1""").query(String.class).single();
        String outsiders = jdbc.sql("""
                select record_id from registry.audit_event where actor = 'police-b' and action = 'GET /api/v1/registrants'
                order by position desc limit 1""").query(String.class).single();
        assertThat(insiders.split(",")).containsExactlyInAnyOrder(restricted, other);
        assertThat(outsiders.split(",")).containsExactly(other);
        JsonNode found = api.get("/api/v1/audit-events?recordId=" + restricted + "&actor=police-a", "auditor", null)
                .json();
        assertThat(found.get("items").toString()).contains("\"GET /api/v1/registrants\"");
    }

    @Test
    void aHarvestThroughTheListShowsInTheMisuseReportAsManyRecordsRead() {
        String reader = "reader" + TestNames.unique().toLowerCase();
        TestAccounts.ensureInUnit(jdbc, encoder, reader, Role.POLICE_OFFICER, "UNIT-B");
        String crowd = TestNames.unique().toUpperCase();
        for (int i = 0; i < 50; i++) {
            register(crowd);
        }

        ApiClient.Reply page = api.get("/api/v1/registrants?size=100&namePrefix=" + crowd, reader, PURPOSE);

        assertThat(page.json().get("totalElements").asLong()).isEqualTo(50);
        JsonNode findings = api.get("/api/v1/audit-events/misuse-report", "auditor", null)
                .json()
                .get("findings");
        List<String> readersPatterns = new java.util.ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).get("actor").asString().equals(reader)) {
                readersPatterns.add(findings.get(i).get("pattern").asString() + " "
                        + findings.get(i).get("occurrences").asLong());
            }
        }
        assertThat(readersPatterns)
                .as("one list read of 50 records by an account that wrote nothing")
                .contains("MANY_READS_WITHOUT_FOLLOW_UP 50");
    }

    @Test
    void identitySearchLeavesItOutForOtherUnits() throws Exception {
        indexed();
        String query = """
                {"familyName":"%s","givenNames":"Sokha","dateOfBirth":"1971-03-09"}""".formatted(familyName);

        ApiClient.Reply outsider = api.search("/api/v1/identity-searches", "police-b", PURPOSE, query);
        ApiClient.Reply insider = api.search("/api/v1/identity-searches", "police-a", PURPOSE, query);

        assertThat(outsider.status()).as(outsider.body()).isEqualTo(200);
        assertThat(outsider.body()).doesNotContain(restricted).doesNotContain(familyName);
        assertThat(insider.json().get("hits").get(0).get("registrantId").asString())
                .isEqualTo(restricted);

        // Issue 25: by the passport number alone, the same rule.
        String byNumber = """
                {"documentNumber":"%s"}""".formatted(passports.get(restricted));
        ApiClient.Reply outsiderByNumber = api.search("/api/v1/identity-searches", "police-b", PURPOSE, byNumber);
        assertThat(outsiderByNumber.status()).as(outsiderByNumber.body()).isEqualTo(200);
        assertThat(outsiderByNumber.body()).doesNotContain(restricted).doesNotContain(familyName);
        assertThat(outsiderByNumber.json().get("totalHits").asInt()).isZero();
        assertThat(api.search("/api/v1/identity-searches", "police-a", PURPOSE, byNumber)
                        .json()
                        .get("hits")
                        .get(0)
                        .get("registrantId")
                        .asString())
                .isEqualTo(restricted);
    }

    @Test
    void theRecordItsHistoryAndItsTravelNoticesAreRefusedToOtherUnits() {
        for (String path : List.of("", "/history", "/travel-notices")) {
            for (String outsider : List.of("clerk-b", "police-b")) {
                ApiClient.Reply reply = api.get("/api/v1/registrants/" + restricted + path, outsider, PURPOSE);
                assertThat(reply.status()).as(outsider + " " + path).isEqualTo(403);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.body()).doesNotContain(familyName);
            }
            assertThat(api.get("/api/v1/registrants/" + restricted + path, "police-a", PURPOSE)
                            .status())
                    .as(path)
                    .isEqualTo(200);
        }
        assertThat(api.get("/api/v1/registrants/" + restricted, "border-b", PURPOSE)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aBorderScreeningStillStopsTheTravellerButWithholdsTheDetails() throws Exception {
        indexed();
        ApiClient.Reply screened = api.post("/api/v1/screenings", "border-b", """
                {"surname":"%s","givenNames":"Sokha","dateOfBirth":"1971-03-09","borderPost":"PNH"}""".formatted(familyName));

        assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        JsonNode hit = screened.json().get("hits").get(0);
        assertThat(hit.get("registrantId").asString()).isEqualTo(restricted);
        assertThat(hit.get("band").asString()).isEqualTo("STRONG");
        assertThat(hit.has("displayName")).isFalse();
        assertThat(hit.get("reasons").isEmpty()).isTrue();
        assertThat(hit.get("withheld").get("contactUnits").get(0).asString()).isEqualTo(UNIT_A);
        assertThat(hit.get("withheld").get("instruction").asString())
                .startsWith("STOP")
                .contains("contact unit " + UNIT_A);
        assertThat(screened.json().get("hits").toString())
                .doesNotContainIgnoringCase(familyName)
                .doesNotContain("1971");
        assertThat(jdbc.sql("select count(*) from registry.outbox_event where event_key = :k and event_type = :type")
                        .param("k", restricted)
                        .param("type", TravelEventTypes.BORDER_HIT_V1)
                        .query(Long.class)
                        .single())
                .as("the border hit still reaches the alert service")
                .isOne();
    }

    @Test
    void theAlertInboxLeavesOutAlertsOnTheRecordForOtherUnitsAndRefusesTheirAcknowledgement() {
        String recipient = "border-post:KHM:" + TestNames.unique();
        UUID alert = issueAlertOn(restricted, recipient);

        for (String outsider : List.of("police-b", "border-b", "police", "border")) {
            ApiClient.Reply inbox = api.get("/api/v1/alerts?recipient=" + recipient, outsider, PURPOSE);
            assertThat(inbox.status()).as(outsider).isEqualTo(200);
            assertThat(inbox.json().get("totalElements").asLong()).as(outsider).isZero();
            assertThat(inbox.body())
                    .as(outsider)
                    .doesNotContain(alert.toString())
                    .doesNotContain(familyName);
        }
        ApiClient.Reply refused = api.post("/api/v1/alerts/" + alert + "/acknowledgement", "border-b", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        ApiClient.Reply insider = api.get("/api/v1/alerts?recipient=" + recipient, "police-a", PURPOSE);
        assertThat(insider.json().get("totalElements").asLong()).isOne();
        assertThat(insider.json()
                        .get("items")
                        .get(0)
                        .get("subject")
                        .get("familyName")
                        .asString())
                .isEqualTo(familyName);
        assertThat(api.post("/api/v1/alerts/" + alert + "/acknowledgement", "police-a", "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theAlertStreamSendsAlertsOnTheRecordOnlyToItsUnit() throws Exception {
        List<String> outsider = listen("border-b");
        List<String> insider = listen("police-a");
        String recipient = "border-post:KHM:" + TestNames.unique();

        UUID onRestricted = issueAlertOn(restricted, recipient);
        UUID onOpenRecord = issueAlertOn(register(TestNames.unique().toUpperCase()), recipient);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> contains(insider, onRestricted.toString()) && contains(insider, onOpenRecord.toString()));
        // The outsider's stream hears the later alert, so it has already been passed over for the earlier one.
        await().atMost(Duration.ofSeconds(30)).until(() -> contains(outsider, onOpenRecord.toString()));
        assertThat(String.join("\n", outsider))
                .doesNotContain(onRestricted.toString())
                .doesNotContain(familyName);
        assertThat(String.join("\n", insider)).contains(familyName);
        assertThat(streamedTo("police-a", "GET /api/v1/alerts/stream"))
                .as("each alert a stream sends is audited as a read")
                .contains(restricted);
        assertThat(streamedTo("border-b", "GET /api/v1/alerts/stream")).doesNotContain(restricted);
    }

    /** The records audited as sent to {@code actor} on the stream {@code action}. */
    private List<String> streamedTo(String actor, String action) {
        return jdbc.sql(
                        "select record_id from registry.audit_event where actor = :actor and action = :action and record_id is not null")
                .param("actor", actor)
                .param("action", action)
                .query(String.class)
                .list();
    }

    @Test
    void theConsolePagesShowNothingOfItToOtherUnits() throws Exception {
        indexed();
        String recipient = "border-post:KHM:" + TestNames.unique();
        UUID alert = issueAlertOn(restricted, recipient);
        Session clerk = Session.signIn(port, "clerk-b", TestAccounts.PASSWORD);
        clerk.statePurpose();
        Session police = Session.signIn(port, "police-b", TestAccounts.PASSWORD);
        police.statePurpose();
        Session border = Session.signIn(port, "border-b", TestAccounts.PASSWORD);
        border.statePurpose();
        Session insider = Session.signIn(port, "police-a", TestAccounts.PASSWORD);
        insider.statePurpose();

        for (Session officer : List.of(clerk, police)) {
            HttpResponse<String> list = officer.get("/console/registrants?namePrefix=" + familyName);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body())
                    .as("the filter field shows the prefix; no row may")
                    .doesNotContain(restricted)
                    .doesNotContain("1971");
            assertThat(officer.get("/console/registrants/" + restricted).statusCode())
                    .isEqualTo(403);
            assertThat(officer.get("/console/registrants/" + restricted + "/history")
                            .statusCode())
                    .isEqualTo(403);
            assertThat(officer.get("/console/registrants/" + restricted + "/travel-notices")
                            .statusCode())
                    .isEqualTo(403);
            officer.get("/console/identity-searches");
            HttpResponse<String> search = officer.post(
                    "/console/identity-searches",
                    Map.of("familyName", familyName, "givenNames", "Sokha", "purpose", PURPOSE));
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).doesNotContain(restricted).doesNotContain("1971-03-09");
        }
        for (Session officer : List.of(police, border)) {
            HttpResponse<String> inbox = officer.get("/console/alerts");
            assertThat(inbox.statusCode()).isEqualTo(200);
            assertThat(inbox.body()).doesNotContain(alert.toString()).doesNotContain(familyName);
        }
        assertThat(insider.get("/console/registrants?namePrefix=" + familyName).body())
                .contains(restricted);
        assertThat(insider.get("/console/alerts").body()).contains(alert.toString());

        border.get("/console/screenings");
        HttpResponse<String> screened = border.post(
                "/console/screenings",
                Map.of("surname", familyName, "givenNames", "Sokha", "dateOfBirth", "1971-03-09", "borderPost", "PNH"));
        assertThat(screened.statusCode()).isEqualTo(200);
        assertThat(screened.body())
                .contains("Restricted record")
                .contains("STOP")
                .contains("contact unit " + UNIT_A)
                .doesNotContain("/console/registrants/" + restricted);
    }

    @Test
    void theConsoleAlertStreamSendsAlertsOnTheRecordOnlyToItsUnit() throws Exception {
        Session outsiderSession = Session.signIn(port, "police-b", TestAccounts.PASSWORD);
        outsiderSession.statePurpose();
        Session insiderSession = Session.signIn(port, "police-a", TestAccounts.PASSWORD);
        insiderSession.statePurpose();
        List<String> outsider = listen(outsiderSession);
        List<String> insider = listen(insiderSession);
        String recipient = "border-post:KHM:" + TestNames.unique();

        UUID onRestricted = issueAlertOn(restricted, recipient);
        UUID onOpenRecord = issueAlertOn(register(TestNames.unique().toUpperCase()), recipient);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> contains(insider, onRestricted.toString()) && contains(insider, onOpenRecord.toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> contains(outsider, onOpenRecord.toString()));
        assertThat(String.join("\n", outsider))
                .doesNotContain(onRestricted.toString())
                .doesNotContain(familyName);
        assertThat(streamedTo("police-a", "GET /console/alerts/stream")).contains(restricted);
        assertThat(streamedTo("police-b", "GET /console/alerts/stream")).doesNotContain(restricted);
    }

    @Test
    void restrictingAndLiftingWriteTheRestrictionToTheOutboxForTheWorker() {
        assertThat(restrictionEvents(restricted))
                .as("the restriction set in @BeforeEach")
                .hasSize(1);
        JsonNode set = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(restrictionEvents(restricted).getFirst());
        assertThat(set.get("registrantId").asString()).isEqualTo(restricted);
        assertThat(set.get("restrictedToUnits").toString()).isEqualTo("[\"UNIT-A\"]");
        assertThat(set.get("changedBy").asString()).isEqualTo("admin");

        assertThat(api.put("/api/v1/registrants/" + restricted + "/restriction", "admin", """
                {"units":["UNIT-A"," UNIT-C","UNIT-A"]}""", null)
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/v1/registrants/" + restricted + "/restriction", "admin")
                        .status())
                .isEqualTo(204);

        List<String> units = restrictionEvents(restricted).stream()
                .map(json -> tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(json)
                        .get("restrictedToUnits")
                        .toString())
                .toList();
        assertThat(units).containsExactly("[\"UNIT-A\"]", "[\"UNIT-A\",\"UNIT-C\"]", "[]");
    }

    @Test
    void aRefusedRestrictionWritesNoEvent() {
        String other = register(familyName);

        assertThat(api.put("/api/v1/registrants/" + other + "/restriction", "police-a", """
                {"units":["UNIT-A"]}""", null)
                        .status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/registrants/" + other + "/restriction", "admin", """
                {"units":[]}""", null)
                        .status())
                .isEqualTo(400);
        assertThat(restrictionEvents(other)).isEmpty();
    }

    private List<String> restrictionEvents(String registrantId) {
        return jdbc.sql("""
                select payload::text from registry.outbox_event where topic = :t and event_key = :k and event_type = :type order by position""")
                .param("t", org.opensor.registry.events.Topics.REGISTRANTS)
                .param(
                        "k",
                        org.opensor.registry.events.registrant.RegistrantTopicKeys.restriction(
                                UUID.fromString(registrantId)))
                .param("type", org.opensor.registry.events.registrant.RegistrantEventTypes.RESTRICTION_CHANGED_V1)
                .query(String.class)
                .list();
    }

    @Test
    void aRestrictionOnAnIdThatNamesNobodyIsNotFound() {
        ApiClient.Reply put = api.put("/api/v1/registrants/" + UUID.randomUUID() + "/restriction", "admin", """
                {"units":["UNIT-A"]}""", null);

        assertThat(put.status()).isEqualTo(404);
        assertThat(put.contentType()).startsWith("application/problem+json");
    }

    private String register(String family) {
        String passport = "N" + (10_000_000 + (long) (Math.random() * 89_999_999));
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named(family, "Sokha")
                        .bornOn("1971-03-09")
                        .nationalities("KHM")
                        .passport(passport, "KHM", "2031-01-31")
                        .confirmedDistinct("Judgment 21/2026 received from the court")
                        .json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        passports.put(created.json().get("id").asString(), passport);
        return created.json().get("id").asString();
    }

    private UUID issueAlertOn(String registrantId, String recipient) {
        UUID alertId = UUID.randomUUID();
        alerts.issued(
                UUID.randomUUID(),
                new AlertIssuedV1(
                        alertId,
                        "UNDECLARED_TRAVEL",
                        "URGENT",
                        UUID.fromString(registrantId),
                        List.of(recipient),
                        "Border hit at PNH without a travel notice",
                        "Registrant crossed without declaring the trip",
                        "undeclared-travel",
                        UUID.randomUUID(),
                        Instant.now().plusSeconds(600),
                        Instant.now()));
        return alertId;
    }

    /** The lines of the API's alert stream as {@code user} hears them, from the {@code ready} event on. */
    private List<String> listen(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/alerts/stream"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("X-Purpose", PURPOSE)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        List<String> lines = collect(HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get());
        await().atMost(Duration.ofSeconds(30)).until(() -> contains(lines, "ready"));
        return lines;
    }

    /** The lines of the console's alert stream as a signed-in officer's inbox page hears them. */
    private List<String> listen(Session session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/alerts/stream"))
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        List<String> lines = collect(session.client
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get());
        await().atMost(Duration.ofSeconds(30)).until(() -> contains(lines, "listening"));
        return lines;
    }

    private static List<String> collect(HttpResponse<Stream<String>> stream) {
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try {
                stream.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closed) {
                // the stream ends with the test
            }
        });
        return lines;
    }

    private static boolean contains(List<String> lines, String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }
}

package org.opensor.registry.api.deregistration;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.compliance.TravelCompliance;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.index.RegistrantDocument;
import org.opensor.registry.matching.document.mrz.Td3Builder;
import org.opensor.registry.matching.document.paxlst.PaxlstBuilder;
import org.opensor.registry.testservices.contract.ContractCheck;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * De-registration as the registry does it: a registration whose computed end has passed opens a review task; a police
 * officer proposes with a reason, a second account (a court clerk) approves, never the proposer. The record then
 * leaves identity search, desk and manifest screening, lists and reads, at once (before the index catches up) and in
 * the index; the auditor alone still reads it, with a purpose, and that read is audited.
 */
@IntegrationTest
class DeregistrationIT extends WithTestAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PURPOSE = "CASE-2026-0777 registration review";

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    TravelCompliance compliance;

    String familyName;
    String passport;
    String registrant;

    @BeforeEach
    void aRegistrantWhoseTenYearRegistrationEnded() throws IOException {
        TestAccounts.ensureInUnit(jdbc, encoder, "second-clerk", Role.COURT_CLERK, "Phnom Penh Municipal Court");
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        familyName = "DEREG" + letters(6);
        passport = "N" + (10_000_000 + new Random().nextInt(89_999_999));
        registrant = registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Sopheak","dateOfBirth":"1972-08-09","sex":"MALE","nationalities":["KHM"],
                 "documents":[{"type":"PASSPORT","number":"%s","issuingState":"KHM","expiresOn":"2031-02-28"}],
                 "confirmedDistinctPerson":true,"reason":"Judgment 3/2016 received from the court"}""".formatted(familyName, passport));
        ApiClient.Reply convicted = api.post("/api/v1/registrants/" + registrant + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"3/2016","judgmentDate":"2016-01-10","offenceId":"KHM-2008-43",
                 "victimMinor":false,"country":"KHM","sentenceMonths":6,"registrationTier":"TIER_1"}""");
        assertThat(convicted.status()).as(convicted.body()).isEqualTo(201);
        assertThat(convicted.json().get("registration").get("endsOn").asString())
                .as("ten years from the judgment: over")
                .isEqualTo("2026-01-09");
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(registrant));
    }

    @Test
    void aSecondAccountApprovesAndTheRecordLeavesSearchScreeningAndListsButNotTheAuditor() throws Exception {
        compliance.reconcileAsOf(Instant.now());
        assertThat(reviewTaskStates()).as("the policy's end opened a review").containsExactly("OPEN");
        assertThat(mrzHits()).as("before: the passport finds them").contains(registrant);

        ApiClient.Reply proposed = api.post("/api/v1/registrants/" + registrant + "/deregistration", "police", """
                {"reason":"REGISTRATION_PERIOD_ENDED","note":"Ten-year period ended 2026-01-09; review done at the station"}""");
        ApiClient.Reply byPolice =
                api.post("/api/v1/registrants/" + registrant + "/deregistration/approval", "police", "{}");
        ApiClient.Reply approved = api.post(
                "/api/v1/registrants/" + registrant + "/deregistration/approval",
                "clerk",
                "{\"note\":\"Judgment and period checked against the court file\"}");

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("state").asString()).isEqualTo("PROPOSED");
        assertThat(byPolice.status()).as("approving is a court clerk's").isEqualTo(403);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("proposedBy").asString()).isEqualTo("police");
        assertThat(approved.json().get("approvedBy").asString()).isEqualTo("clerk");
        assertThat(reviewTaskStates()).as("the decision answers the review").containsExactly("CLOSED");

        // The index still holds the named document here: the registry's own filter is what keeps the person out.
        assertThat(mrzHits()).as("desk, by passport").doesNotContain(registrant);
        assertThat(typedHits()).as("desk, typed").doesNotContain(registrant);
        assertThat(manifestHitCount()).as("airline manifest").isZero();
        assertThat(searchHits()).as("identity search").doesNotContain(registrant);
        assertThat(borderHitEvents())
                .as("only the screening before the decision")
                .isEqualTo(1);
        ApiClient.Reply listed =
                api.get("/api/v1/registrants?namePrefix=" + familyName.toLowerCase(), "clerk", PURPOSE);
        assertThat(listed.json().get("totalElements").asLong()).as("lists").isZero();
        assertThat(api.get("/api/v1/registrants/" + registrant, "police", PURPOSE)
                        .status())
                .as("the record itself")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/registrants/" + registrant, "border", PURPOSE)
                        .status())
                .isEqualTo(404);

        ConsumerRecord<String, byte[]> event = deregisteredEvent();
        RegistrantStateV1 state = EventCodec.read(event.value(), RegistrantStateV1.class);
        assertThat(state.registration().status()).isEqualTo("ENDED");
        assertThat(state.registration().policyNote()).contains("REGISTRATION_PERIOD_ENDED");
        RegistrantDocument tombstone = indexTheWayTheIndexerDoes(event, state);
        assertThat(tombstone.keys()).isEmpty();
        assertThat(tombstone.familyName()).isNull();
        @SuppressWarnings("rawtypes")
        GetResponse<Map> stored =
                elasticsearch.get(g -> g.index(TestServers.SEARCH_ALIAS).id(registrant), Map.class);
        assertThat(stored.source().toString())
                .as("the index keeps no name or document number of a de-registered person")
                .doesNotContain(familyName)
                .doesNotContain(passport);
        assertThat(mrzHits()).as("and the index no longer finds them either").doesNotContain(registrant);

        ApiClient.Reply audited = api.get(
                "/api/v1/deregistrations/" + registrant + "/record", "auditor", "AUDIT-2026-12 retention check");
        ApiClient.Reply byClerk = api.get("/api/v1/deregistrations/" + registrant + "/record", "clerk", PURPOSE);
        ApiClient.Reply decisions = api.get("/api/v1/deregistrations?size=100", "auditor", null);
        assertThat(audited.status()).as(audited.body()).isEqualTo(200);
        assertThat(audited.json().get("record").get("familyName").asString()).isEqualTo(familyName);
        assertThat(audited.json().get("deregistration").get("approvedBy").asString())
                .isEqualTo("clerk");
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(decisions.status()).as(decisions.body()).isEqualTo(200);
        assertThat(decisions.body()).contains(registrant).doesNotContain(familyName);
        assertThat(jdbc.sql("select count(*) from registry.audit_event where actor = 'auditor'"
                                + " and action like '%/deregistrations/%/record%' and record_id like :id")
                        .param("id", "%" + registrant + "%")
                        .query(Long.class)
                        .single())
                .as("the auditor's read is audited with the record's id")
                .isEqualTo(1);
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        ApiClient.Reply proposed = api.post("/api/v1/registrants/" + registrant + "/deregistration", "clerk", """
                {"reason":"CONVICTION_SET_ASIDE","note":"Judgment 3/2016 quashed by the Appeal Court, ruling 12/2026"}""");
        ApiClient.Reply self =
                api.post("/api/v1/registrants/" + registrant + "/deregistration/approval", "clerk", "{}");
        ApiClient.Reply twice = api.post("/api/v1/registrants/" + registrant + "/deregistration", "police", """
                {"reason":"DECEASED","note":"Death certificate 55/2026"}""");

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.contentType()).startsWith("application/problem+json");
        assertThat(self.json().get("errors").get(0).get("field").asString()).isEqualTo("approver");
        assertThat(self.json().get("errors").get(0).get("rule").asString()).isEqualTo("four-eyes");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("rule").asString()).isEqualTo("one-deregistration");
        assertThat(mrzHits()).as("nothing approved: still screened").contains(registrant);

        ApiClient.Reply bySecond =
                api.post("/api/v1/registrants/" + registrant + "/deregistration/approval", "second-clerk", "{}");
        assertThat(bySecond.status()).as(bySecond.body()).isEqualTo(200);
        assertThat(mrzHits()).doesNotContain(registrant);
    }

    @Test
    void aRegistrationPeriodThatHasNotEndedIsRefusedByName() {
        jdbc.sql("update registry.registrant set registration_ends_on = current_date + 20 where id = cast(:id as uuid)")
                .param("id", registrant)
                .update();
        String other = registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"1980-01-02","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true,"reason":"Entered in error"}""".formatted(familyName));

        api.post("/api/v1/registrants/" + registrant + "/deregistration", "police", """
                {"reason":"REGISTRATION_PERIOD_ENDED","note":"Review opened 30 days before the end"}""");
        ApiClient.Reply early =
                api.post("/api/v1/registrants/" + registrant + "/deregistration/approval", "clerk", "{}");
        ApiClient.Reply noRegistration = api.post("/api/v1/registrants/" + other + "/deregistration", "clerk", """
                {"reason":"REGISTRATION_PERIOD_ENDED","note":"No conviction recorded"}""");
        ApiClient.Reply noReason = api.post("/api/v1/registrants/" + other + "/deregistration", "clerk", """
                {"note":"No reason given"}""");

        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("registration-period-over");
        assertThat(noRegistration.status()).isEqualTo(409);
        assertThat(noRegistration.json().get("rule").asString()).isEqualTo("registration-has-an-end");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    private List<String> mrzHits() {
        String mrz = Td3Builder.of(familyName, "SOPHEAK", passport, "KHM", "720809", 'M', "310228");
        ApiClient.Reply reply = api.post("/api/v1/screenings", "border", """
                {"mrz":"%s","borderPost":"PNH","country":"KHM","direction":"DEPARTURE"}""".formatted(mrz.replace("\n", "\\n")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ids(reply.json().get("hits"));
    }

    private List<String> typedHits() {
        ApiClient.Reply reply = api.post("/api/v1/screenings", "border", """
                {"surname":"%s","givenNames":"Sopheak","dateOfBirth":"1972-08-09","borderPost":"PNH"}""".formatted(familyName));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ids(reply.json().get("hits"));
    }

    private List<String> searchHits() {
        ApiClient.Reply reply = api.search("/api/v1/identity-searches", "police", PURPOSE, """
                {"familyName":"%s","givenNames":"Sopheak","dateOfBirth":"1972-08-09"}""".formatted(familyName));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ids(reply.json().get("hits"));
    }

    private int manifestHitCount() throws Exception {
        String manifest = PaxlstBuilder.flightOs101("DRG" + letters(8))
                .passenger(familyName, "SOPHEAK", 'M', "720809", "KHM", passport, "310228")
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/manifests"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                ("border:" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(manifest))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        ContractCheck.check(request, response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("hitCount").asInt();
    }

    private long borderHitEvents() {
        return jdbc.sql(
                        "select count(*) from registry.outbox_event where event_key = :k and topic = :t and event_type = :type")
                .param("k", registrant)
                .param("t", Topics.TRAVEL)
                .param("type", TravelEventTypes.BORDER_HIT_V1)
                .query(Long.class)
                .single();
    }

    private List<String> reviewTaskStates() {
        return jdbc.sql("select state from registry.compliance_task where registrant_id = cast(:r as uuid)"
                        + " and kind = 'DEREGISTRATION_REVIEW'")
                .param("r", registrant)
                .query(String.class)
                .list();
    }

    private ConsumerRecord<String, byte[]> deregisteredEvent() {
        try (RegistrantEvents events = new RegistrantEvents()) {
            return events.await(
                    r -> registrant.equals(r.key())
                            && RegistrantEventTypes.DEREGISTERED_V1.equals(
                                    RegistrantEvents.header(r, CloudEventHeaders.TYPE)),
                    Duration.ofSeconds(30));
        }
    }

    /** What the search-indexer stores for the event (registrant-index's conversion), with the event's version. */
    private RegistrantDocument indexTheWayTheIndexerDoes(ConsumerRecord<String, byte[]> event, RegistrantStateV1 state)
            throws IOException {
        RegistrantDocument document = RegistrantDocument.fromEvent(
                RegistrantEvents.header(event, CloudEventHeaders.TYPE),
                state,
                UUID.randomUUID().toString());
        elasticsearch.index(i -> i.index(TestServers.SEARCH_ALIAS)
                .id(registrant)
                .version(state.version())
                .versionType(VersionType.External)
                .document(document)
                .refresh(Refresh.True));
        return document;
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new java.util.ArrayList<>();
        hits.forEach(hit -> ids.add(hit.get("registrantId").asString()));
        return ids;
    }

    private static String letters(int n) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < n; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters.toString();
    }
}

package org.opensor.registry.api.charge;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.matching.document.mrz.Td3Builder;
import org.opensor.registry.matching.document.paxlst.PaxlstBuilder;
import org.opensor.registry.testservices.contract.ContractCheck;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bailed accused, on no register, whom the court prohibited from leaving Cambodia, is stopped at the border by the
 * passport read at the desk and by an airline manifest; the acquittal ends the ban and seals the charge.
 */
@IntegrationTest
class CourtTravelBanIT extends WithTestAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ElasticsearchClient elasticsearch;

    String passport;
    String chargeId;
    String subjectId;
    /** Each test's accused is born on another day, so the bans of earlier tests (still in force) are other people. */
    LocalDate born;

    @BeforeEach
    void aBailedAccusedUnderATravelBan() throws IOException {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        passport = "N" + (10_000_000 + (long) (Math.random() * 89_999_999));
        born = LocalDate.of(1940, 1, 1).plusDays((long) (Math.random() * 20_000));
        ApiClient.Reply charged = api.post("/api/v1/charges", "clerk", """
                {"accused":{"familyName":"HOLLOWAY","givenNames":"Bernard James","dateOfBirth":"%s","sex":"MALE",
                            "nationalities":["GBR"],"documentNumbers":["%s"]},
                 "court":"Siem Reap Provincial Court","caseNumber":"412/2026","offence":"Purchase of child prostitution (art. 34)",
                 "chargedOn":"2026-11-02","bail":"GRANTED","bailConditions":["PROHIBITED_FROM_LEAVING_CAMBODIA","SURRENDER_PASSPORT"]}
                """.formatted(born, passport));
        assertThat(charged.status()).as(charged.body()).isEqualTo(201);
        chargeId = charged.json().get("id").asString();
        subjectId = charged.json().get("subjectId").asString();
        assertThat(charged.json().get("travelBan").get("inForce").asBoolean()).isTrue();
    }

    @Test
    void thePassportReadAtTheDeskStopsTheAccusedWithOnlyWhatTheBorderNeeds() {
        String mrz = Td3Builder.of("HOLLOWAY", "BERNARD JAMES", passport, "GBR", yymmdd(), 'M', "310228");

        ApiClient.Reply reply = api.post("/api/v1/screenings", "border", """
                {"mrz":"%s","borderPost":"REP","country":"KHM","direction":"DEPARTURE"}""".formatted(mrz.replace("\n", "\\n")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("hits")).as("not a registrant").isEmpty();
        JsonNode stop = reply.json().get("travelBans").get(0);
        assertThat(stop.get("instruction").asString()).isEqualTo("STOP: court travel ban");
        assertThat(stop.get("court").asString()).isEqualTo("Siem Reap Provincial Court");
        assertThat(stop.get("caseNumber").asString()).isEqualTo("412/2026");
        assertThat(stop.get("band").asString()).isEqualTo("STRONG");
        assertThat(reply.body())
                .as("the border never reads the offence or the other conditions")
                .doesNotContain("prostitution")
                .doesNotContain("SURRENDER_PASSPORT");
        List<TravelBanHitV1> hits = travelBanHits();
        assertThat(hits).hasSize(1);
        assertThat(hits.getFirst().chargeId().toString()).isEqualTo(chargeId);
        assertThat(hits.getFirst().registrantId()).isNull();
        assertThat(hits.getFirst().borderPost()).isEqualTo("REP");
        assertThat(hits.getFirst().direction()).isEqualTo("DEPARTURE");
    }

    @Test
    void anAirlineManifestNamingTheAccusedStopsThemToo() throws Exception {
        String reference = "BAN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String manifest = PaxlstBuilder.flightOs101(reference)
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .passenger("HOLLOWAY", "BERNARD JAMES", 'M', yymmdd(), "GBR", passport, "310228")
                .build();

        JsonNode result = JSON.readTree(postManifest(manifest).body());

        assertThat(result.get("travelBans")).hasSize(1);
        assertThat(result.get("travelBans").get(0).get("surname").asString()).isEqualTo("HOLLOWAY");
        assertThat(result.get("travelBans")
                        .get(0)
                        .get("stop")
                        .get("instruction")
                        .asString())
                .isEqualTo("STOP: court travel ban");
        assertThat(result.get("warnings").toString()).contains("court travel ban");
        assertThat(travelBanHits()).hasSize(1);
    }

    @Test
    void anAcquittalEndsTheBanAndSealsTheCharge() {
        ApiClient.Reply acquitted = api.post("/api/v1/charges/" + chargeId + "/verdict", "clerk", """
                {"outcome":"ACQUITTED","decidedOn":"2026-11-20"}""");
        String mrz = Td3Builder.of("HOLLOWAY", "BERNARD JAMES", passport, "GBR", yymmdd(), 'M', "310228");
        ApiClient.Reply screened = api.post("/api/v1/screenings", "border", """
                {"mrz":"%s","borderPost":"REP","direction":"DEPARTURE"}""".formatted(mrz.replace("\n", "\\n")));

        assertThat(acquitted.status()).as(acquitted.body()).isEqualTo(200);
        assertThat(acquitted.json().get("travelBan").get("endReason").asString())
                .isEqualTo("verdict: ACQUITTED");
        assertThat(api.get("/api/v1/charges/" + chargeId, "clerk", "CASE-2026-0412 court file review")
                        .status())
                .as("sealed")
                .isEqualTo(404);
        assertThat(screened.json().get("travelBans")).isEmpty();
        assertThat(travelBanHits()).isEmpty();
        ApiClient.Reply audited =
                api.get("/api/v1/sealed-charges/" + chargeId, "auditor", "AUDIT-2026-12 sealed records check");
        assertThat(audited.status()).as(audited.body()).isEqualTo(200);
        assertThat(audited.json().get("caseNumber").asString()).isEqualTo("412/2026");
        assertThat(api.get("/api/v1/sealed-charges/" + chargeId, "clerk", "CASE-2026-0412 court file review")
                        .status())
                .as("the auditor's alone")
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from registry.audit_event where actor = 'auditor'"
                                + " and action like '%/sealed-charges/%' and record_id = :charge")
                        .param("charge", chargeId)
                        .query(Long.class)
                        .single())
                .as("the auditor's read is audited with the charge")
                .isEqualTo(1);
    }

    @Test
    void aCourtOrderLiftsTheBanAndAConditionWithoutBailIsRefusedByName() {
        ApiClient.Reply lifted = api.post("/api/v1/charges/" + chargeId + "/travel-ban-lifting", "clerk", """
                {"liftedOn":"2026-11-10","courtOrder":"Order 77/2026, Siem Reap Provincial Court"}""");
        ApiClient.Reply again = api.post("/api/v1/charges/" + chargeId + "/travel-ban-lifting", "clerk", """
                {"liftedOn":"2026-11-10","courtOrder":"Order 78/2026"}""");
        ApiClient.Reply refused = api.post("/api/v1/charges", "clerk", """
                {"accused":{"familyName":"DOE"},"court":"Kandal Provincial Court","caseNumber":"1/2026","offence":"x",
                 "chargedOn":"2026-11-02","bail":"REFUSED","bailConditions":["PROHIBITED_FROM_LEAVING_CAMBODIA"]}""");

        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.json().get("travelBan").get("inForce").asBoolean()).isFalse();
        assertThat(again.status()).isEqualTo(409);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("bailConditions");
        assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("conditions-need-bail");
    }

    private String yymmdd() {
        return born.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
    }

    private List<TravelBanHitV1> travelBanHits() {
        return jdbc
                .sql(
                        "select payload::text from registry.outbox_event where event_key = :k and topic = :t and event_type = :type order by position")
                .param("k", subjectId)
                .param("t", Topics.TRAVEL)
                .param("type", TravelEventTypes.TRAVEL_BAN_HIT_V1)
                .query(String.class)
                .list()
                .stream()
                .map(json -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), TravelBanHitV1.class))
                .toList();
    }

    private HttpResponse<String> postManifest(String edifact) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/manifests"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                ("border:" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(edifact))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        ContractCheck.check(request, response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}

package org.opensor.registry.api.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.matching.document.mrz.Td3Builder;
import org.opensor.registry.matching.document.paxlst.PaxlstBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A border officer screens a passport at the desk and an airline manifest; hits become border-hit events. */
@IntegrationTest
class ScreeningIT extends WithTestAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ElasticsearchClient elasticsearch;

    String registrant;
    String passport;

    @BeforeEach
    void aRegisteredOffenderInTheIndex() throws IOException {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        passport = "N" + (10_000_000 + (long) (Math.random() * 89_999_999));
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named("KEOVANNA", "Rithisak")
                        .bornOn("1968-11-03")
                        .nationalities("KHM")
                        .passport(passport, "KHM", "2031-02-28")
                        .confirmedDistinct("Judgment 12/2026 received from the court")
                        .json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        registrant = created.json().get("id").asString();
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(registrant));
    }

    @Test
    void aPassportReadAtTheDeskFindsTheRegistrantAndRaisesABorderHit() {
        String mrz = Td3Builder.of("KEOVANNA", "RITHISAK", passport, "KHM", "681103", 'M', "310228");

        ApiClient.Reply reply = api.post("/api/v1/screenings", "border", """
                {"mrz":"%s","borderPost":"PNH","country":"KHM","direction":"DEPARTURE"}""".formatted(mrz.replace("\n", "\\n")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode hit = reply.json().get("hits").get(0);
        assertThat(hit.get("registrantId").asString()).isEqualTo(registrant);
        assertThat(hit.get("band").asString()).isEqualTo("STRONG");
        assertThat(reply.json().get("surname").asString()).isEqualTo("KEOVANNA");
        List<BorderHitV1> events = borderHits();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().borderPost()).isEqualTo("PNH");
        assertThat(events.getFirst().direction()).isEqualTo("DEPARTURE");
        assertThat(events.getFirst().matchBand()).isEqualTo("STRONG");
    }

    @Test
    void aDamagedMrzIsRefusedWithWhatFailedAndTypedFieldsStillWork() {
        String mrz = Td3Builder.of("KEOVANNA", "RITHISAK", passport, "KHM", "681103", 'M', "310228");
        String damaged = mrz.substring(0, mrz.length() - 1) + (mrz.endsWith("1") ? "2" : "1");

        ApiClient.Reply refused = api.post("/api/v1/screenings", "border", """
                {"mrz":"%s","borderPost":"PNH"}""".formatted(damaged.replace("\n", "\\n")));
        ApiClient.Reply typed = api.post("/api/v1/screenings", "border", """
                {"surname":"KEOVANA","givenNames":"Rithisak","dateOfBirth":"1968-11-03","borderPost":"PNH"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mrz");
        assertThat(typed.status()).as(typed.body()).isEqualTo(200);
        assertThat(typed.json().get("hits").get(0).get("registrantId").asString())
                .isEqualTo(registrant);
    }

    @Test
    void aManifestIsScreenedTravellerByTravellerAndOnlyOnce() throws Exception {
        String reference = "INT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String manifest = PaxlstBuilder.flightOs101(reference)
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .passenger("KEOVANNA", "RITHISAK", 'M', "681103", "KHM", passport, "310228")
                .build();

        JsonNode first = JSON.readTree(postManifest(manifest).body());
        JsonNode again = JSON.readTree(postManifest(manifest).body());

        assertThat(first.get("travellers").asInt()).isEqualTo(2);
        assertThat(first.get("hitCount").asInt()).isEqualTo(1);
        assertThat(first.get("arrivalAt").asString()).isEqualTo("PNH");
        assertThat(first.get("resubmitted").asBoolean()).isFalse();
        assertThat(again.get("resubmitted").asBoolean()).isTrue();
        assertThat(again.get("hitCount").asInt()).isEqualTo(1);
        assertThat(borderHits())
                .hasSize(1)
                .allSatisfy(hit -> assertThat(hit.borderPost()).isEqualTo("PNH"));
    }

    /** Border-hit events written for the registrant (the outbox relay sends them to registry.travel.v1). */
    private List<BorderHitV1> borderHits() {
        return jdbc
                .sql(
                        "select payload::text from registry.outbox_event where event_key = :k and topic = :t and event_type = :type order by position")
                .param("k", registrant)
                .param("t", Topics.TRAVEL)
                .param("type", TravelEventTypes.BORDER_HIT_V1)
                .query(String.class)
                .list()
                .stream()
                .map(json -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), BorderHitV1.class))
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
        org.opensor.registry.testservices.contract.ContractCheck.check(request, response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}

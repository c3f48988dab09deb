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
import org.opensor.registry.matching.document.paxlst.PaxlstBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Airlines resend corrected manifests under the same interchange reference: the same bytes are a resubmission,
 * anything else is screened in full as a new version of the manifest; and a multi-leg flight is screened at the
 * leg that crosses the border.
 */
@IntegrationTest
class ManifestVersionsIT extends WithTestAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ElasticsearchClient elasticsearch;

    String registrant;
    String passport;
    String reference;

    @BeforeEach
    void aRegisteredOffenderInTheIndex() throws IOException {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        passport = "N" + (10_000_000 + (long) (Math.random() * 89_999_999));
        reference = "INT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
    void aCorrectedManifestAddingARegisteredPersonUnderTheOldReferenceGetsTheHit() throws Exception {
        PaxlstBuilder first = PaxlstBuilder.flightOs101(reference)
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101");
        String corrected = PaxlstBuilder.flightOs101(reference)
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456780", "300101")
                .passenger("KEOVANNA", "RITHISAK", 'M', "681103", "KHM", passport, "310228")
                .build();

        JsonNode original = JSON.readTree(postManifest(first.build(), "").body());
        JsonNode second = JSON.readTree(postManifest(corrected, "").body());

        assertThat(original.get("version").asInt()).isEqualTo(1);
        assertThat(original.get("hitCount").asInt()).isZero();
        assertThat(second.get("resubmitted").asBoolean()).isFalse();
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("travellers").asInt()).isEqualTo(2);
        assertThat(second.get("hitCount").asInt()).isEqualTo(1);
        JsonNode changes = second.get("changes");
        assertThat(changes.get("previousVersion").asInt()).isEqualTo(1);
        assertThat(changes.get("added"))
                .singleElement()
                .satisfies(t -> assertThat(t.get("surname").asString()).isEqualTo("KEOVANNA"));
        assertThat(changes.get("removed")).isEmpty();
        assertThat(changes.get("changed")).singleElement().satisfies(t -> {
            assertThat(t.get("surname").asString()).isEqualTo("SMITH");
            assertThat(t.get("fields").get(0).asString()).isEqualTo("documentNumber");
        });
        assertThat(borderHits()).hasSize(1);
    }

    @Test
    void theSameBytesAgainAreAResubmissionAnsweredWithTheStoredResult() throws Exception {
        String manifest = PaxlstBuilder.flightOs101(reference)
                .passenger("KEOVANNA", "RITHISAK", 'M', "681103", "KHM", passport, "310228")
                .build();

        postManifest(manifest, "");
        JsonNode again = JSON.readTree(postManifest(manifest, "").body());

        assertThat(again.get("resubmitted").asBoolean()).isTrue();
        assertThat(again.get("version").asInt()).isEqualTo(1);
        assertThat(again.get("hitCount").asInt()).isEqualTo(1);
        assertThat(borderHits()).as("no new alert for a resubmission").hasSize(1);
    }

    @Test
    void aTruncatedCopyIsScreenedAndSaysWhoIsMissingNotAnsweredWithTheOldFullResult() throws Exception {
        String full = PaxlstBuilder.flightOs101(reference)
                .passenger("KEOVANNA", "RITHISAK", 'M', "681103", "KHM", passport, "310228")
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .build();
        String truncated = full.substring(0, full.indexOf("NAD+FL+++SMITH"));

        postManifest(full, "");
        JsonNode copy = JSON.readTree(postManifest(truncated, "").body());

        assertThat(copy.get("resubmitted").asBoolean()).isFalse();
        assertThat(copy.get("version").asInt()).isEqualTo(2);
        assertThat(copy.get("travellers").asInt()).isEqualTo(1);
        assertThat(copy.get("changes").get("removed"))
                .singleElement()
                .satisfies(t -> assertThat(t.get("surname").asString()).isEqualTo("SMITH"));
        assertThat(copy.get("hitCount").asInt()).isEqualTo(1);
    }

    @Test
    void aCountTheMessageDeclaresThatDisagreesWithTheTravellersReadIsAWarning() throws Exception {
        String manifest = PaxlstBuilder.flightOs101(reference)
                .declaringCount(3)
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .build();

        JsonNode result = JSON.readTree(postManifest(manifest, "").body());

        assertThat(result.get("warnings"))
                .anySatisfy(w -> assertThat(w.asString()).contains("states 3 travellers but lists 1"));
    }

    @Test
    void aMultiLegFlightIsScreenedAtTheLegThatCrossesTheBorder() throws Exception {
        String manifest = PaxlstBuilder.flightOs101(reference)
                .leg("OS210", "REP", "2603010700", "PNH", "2603010800")
                .leg("OS211", "PNH", "2603010930", "ICN", "2603011650")
                .passenger("KEOVANNA", "RITHISAK", 'M', "681103", "KHM", passport, "310228")
                .build();

        JsonNode result = JSON.readTree(postManifest(manifest, "").body());

        assertThat(result.get("legs")).hasSize(2);
        assertThat(result.get("legs").get(0).get("departure").asString()).isEqualTo("2026-03-01T07:00:00");
        assertThat(result.get("crossingLeg").asInt()).isEqualTo(2);
        assertThat(result.get("flight").asString()).isEqualTo("OS211");
        assertThat(result.get("borderPost").asString()).isEqualTo("PNH");
        assertThat(result.get("direction").asString()).isEqualTo("DEPARTURE");
        assertThat(result.get("borderPostFrom").asString()).isEqualTo("CROSSING_LEG");
        assertThat(borderHits()).singleElement().satisfies(hit -> {
            assertThat(hit.borderPost()).isEqualTo("PNH");
            assertThat(hit.direction()).isEqualTo("DEPARTURE");
        });
    }

    @Test
    void aCountryThatIsNoIsoCodeIsRefusedAndATravellersBadNationalityIsAWarningOfThatTraveller() throws Exception {
        String manifest = PaxlstBuilder.flightOs101(reference)
                .passenger("KEOVANNA", "RITHISAK", 'M', "681103", "ZZZ", passport, "310228")
                .build();

        HttpResponse<String> refused = send(manifest, "?country=AAA");
        JsonNode screened = JSON.readTree(postManifest(manifest, "").body());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("country");
        assertThat(error.get("rule").asString()).isEqualTo("iso-3166-alpha-3");
        JsonNode traveller = screened.get("results").get(0);
        assertThat(traveller.hasNonNull("nationality"))
                .as("an invalid code never goes on")
                .isFalse();
        assertThat(traveller.get("problems"))
                .anySatisfy(p -> assertThat(p.asString()).contains("'ZZZ'"));
        assertThat(traveller.get("hits")).as("screened all the same").hasSize(1);
    }

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

    private HttpResponse<String> postManifest(String edifact, String query) throws Exception {
        HttpResponse<String> response = send(edifact, query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> send(String edifact, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/manifests" + query))
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
        return response;
    }
}

package org.opensor.registry.api.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;
import static org.opensor.registry.matching.document.mrz.Td3Builder.aPassport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every ICAO document a border post meets is screened, and the answer says everything the document says. */
@IntegrationTest
class TravelDocumentScreeningIT extends WithTestAccounts {

    @Autowired
    ElasticsearchClient elasticsearch;

    String sukarno;
    String mustermann;
    String passport;

    @BeforeEach
    void aSingleNamedAndAGermanRegistrant() throws IOException {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        passport = "C" + (10_000_000 + (long) (Math.random() * 89_999_999));
        sukarno = registeredByTheClerk(aRegistrant()
                .with("familyName", "SUKARNO")
                .bornOn("1974-08-12")
                .nationalities("IDN")
                .confirmedDistinct("Judgment 14/2026 received from the court")
                .json());
        mustermann = registeredByTheClerk(aRegistrant()
                .named("MUSTERMANN", "Erika")
                .bornOn("1964-08-12")
                .sex("FEMALE")
                .nationalities("DEU")
                .passport(passport, "DEU", "2031-10-31")
                .confirmedDistinct("Judgment 15/2026 received from the court")
                .json());
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(sukarno, mustermann));
    }

    @Test
    void aSingleNamePassportIsScreenedAndFindsTheRegistrant() {
        String mrz = aPassport()
                .state("IDN")
                .name("<<SUKARNO")
                .number("B1234567")
                .birth("740812")
                .sex("M")
                .expiry("320101")
                .personalNumber("")
                .build();

        ApiClient.Reply reply = screen("{\"mrz\":\"%s\",\"borderPost\":\"PNH\"}".formatted(mrz.replace("\n", "\\n")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("singleName").asBoolean()).isTrue();
        assertThat(reply.json().get("givenNames").asString()).isEqualTo("SUKARNO");
        assertThat(hitIds(reply)).first().isEqualTo(sukarno);
    }

    @Test
    void typedScreeningNeedsNoSurnameWhenAGivenNameIsThere() {
        ApiClient.Reply reply = screen("""
                {"givenNames":"Sukarno","dateOfBirth":"1974-08-12","borderPost":"PNH"}""");
        ApiClient.Reply nameless = screen("""
                {"dateOfBirth":"1974-08-12","borderPost":"PNH"}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(hitIds(reply)).first().isEqualTo(sukarno);
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("errors").get(0).get("rule").asString()).isEqualTo("name-required");
    }

    @Test
    void aGermanDPassportComparesAsGermanyAndTheAnswerKeepsThePrintedCode() {
        String mrz = aPassport()
                .state("D")
                .name("MUSTERMANN<<ERIKA")
                .number(passport)
                .birth("640812")
                .sex("F")
                .expiry("311031")
                .personalNumber("")
                .build();

        ApiClient.Reply reply = screen("{\"mrz\":\"%s\",\"borderPost\":\"PNH\"}".formatted(mrz.replace("\n", "\\n")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("nationality").asString()).isEqualTo("D");
        assertThat(answer.get("nationalityComparedAs").asString()).isEqualTo("DEU");
        assertThat(answer.get("document").get("issuingState").asString()).isEqualTo("D");
        JsonNode hit = answer.get("hits").get(0);
        assertThat(hit.get("registrantId").asString()).isEqualTo(mustermann);
        assertThat(hit.get("reasons")).anySatisfy(r -> assertThat(r.asString()).contains("nationality DEU in common"));
    }

    @Test
    void anExpiredPassportIsADocumentFactAndTheAnswerReturnsEverythingRead() {
        String mrz = aPassport()
                .state("D")
                .name("MUSTERMANN<<ERIKA")
                .number(passport)
                .birth("640812")
                .sex("F")
                .expiry("171031")
                .personalNumber("")
                .build();

        ApiClient.Reply reply = screen("{\"mrz\":\"%s\",\"borderPost\":\"PNH\"}".formatted(mrz.replace("\n", "\\n")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("warnings")).as("no scanning slip").isEmpty();
        JsonNode document = answer.get("document");
        assertThat(document.get("expired").asBoolean()).isTrue();
        assertThat(document.get("expiresOn").asString()).isEqualTo("2017-10-31");
        assertThat(document.get("format").asString()).isEqualTo("TD3");
        assertThat(document.get("type").asString()).isEqualTo("P");
        assertThat(document.get("number").asString()).isEqualTo(passport);
        assertThat(answer.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(answer.get("dateOfBirth").asString()).isEqualTo("1964-08-12");
    }

    @Test
    void countryCodesThatNoStateHasAreRefusedNamingTheFieldAndTheRule() {
        ApiClient.Reply badNationality = screen("""
                {"surname":"SUKARNO","nationality":"ZZZ","borderPost":"PNH"}""");
        ApiClient.Reply badCountry = screen("""
                {"surname":"SUKARNO","country":"AAA","borderPost":"PNH"}""");
        ApiClient.Reply icaoCountry = screen("""
                {"surname":"SUKARNO","country":"D","borderPost":"PNH"}""");
        ApiClient.Reply icaoNationality = screen("""
                {"surname":"MUSTERMANN","givenNames":"Erika","nationality":"D","borderPost":"PNH"}""");
        ApiClient.Reply search = api.search(
                "/api/v1/identity-searches", "police", "CASE-2026-0042 suspected breach of travel notice", """
                {"familyName":"SUKARNO","nationality":"ZZZ"}""");

        assertProblem(badNationality, "nationality", "icao-9303-state-code");
        assertProblem(badCountry, "country", "iso-3166-alpha-3");
        assertProblem(icaoCountry, "country", "iso-3166-alpha-3");
        assertThat(icaoNationality.status()).as(icaoNationality.body()).isEqualTo(200);
        assertProblem(search, "nationality", "icao-9303-state-code");
    }

    private void assertProblem(ApiClient.Reply reply, String field, String rule) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo(field);
            assertThat(e.get("rule").asString()).isEqualTo(rule);
        });
    }

    private ApiClient.Reply screen(String body) {
        return api.post("/api/v1/screenings", "border", body);
    }

    private static List<String> hitIds(ApiClient.Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.json().get("hits").forEach(hit -> ids.add(hit.get("registrantId").asString()));
        return ids;
    }
}

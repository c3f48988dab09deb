package org.opensor.registry.api.statute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import tools.jackson.databind.JsonNode;

/**
 * Issue 26 item 7: the 2008 law's articles as published texts place them, each with its source, its Khmer title and,
 * where a text states it, its penalty; article 24 (a minor who solicits is not punished) is no longer offered.
 */
@IntegrationTest
class StatuteLibraryIT extends WithTestAccounts {

    @Test
    void everyArticleOfThe2008LawCitesItsSourceAndCarriesAKhmerTitle() {
        Map<String, JsonNode> byId = library();

        assertThat(byId)
                .containsKeys("KHM-2008-10", "KHM-2008-24", "KHM-2008-34", "KHM-2008-35", "KHM-2008-42", "KHM-2008-43");
        byId.values().stream()
                .filter(e -> e.get("jurisdiction").asString().equals("KHM"))
                .forEach(entry -> {
                    assertThat(entry.get("source").asString())
                            .as(entry.toString())
                            .isNotBlank();
                    assertThat(entry.get("titleKm").asString())
                            .as(entry.toString())
                            .matches(".*[\\u1780-\\u17FF].*");
                    assertThat(entry.get("statute").asString()).contains("NS/RKM/0208/005");
                });
    }

    @Test
    void article35IsSolicitingChildProstitutionAndArticle24IsNotAnOffence() {
        Map<String, JsonNode> byId = library();

        assertThat(byId.get("KHM-2008-35").get("title").asString())
                .containsIgnoringCase("soliciting or advertising child prostitution");
        assertThat(byId.get("KHM-2008-35").get("category").asString()).isEqualTo("CHILD_PROSTITUTION");
        assertThat(byId.get("KHM-2008-24").get("offered").asBoolean()).isFalse();
        assertThat(byId.get("KHM-2008-24").get("title").asString()).containsIgnoringCase("not an offence");
    }

    @Test
    void penaltiesAreGivenWhereAPublishedTextStatesThem() {
        Map<String, JsonNode> byId = library();

        assertThat(byId.get("KHM-2008-42").get("penaltyMinMonths").asInt()).isEqualTo(60);
        assertThat(byId.get("KHM-2008-42").get("penaltyMaxMonths").asInt()).isEqualTo(120);
        assertThat(byId.get("KHM-2008-43").get("penaltyMinMonths").asInt()).isEqualTo(12);
        assertThat(byId.get("KHM-2008-43").get("penaltyMaxMonths").asInt()).isEqualTo(36);
        assertThat(byId.get("KHM-2008-10").get("aggravatedMaxMonths").asInt()).isEqualTo(240);
        assertThat(byId.get("KHM-2008-41").get("verification").asString()).isEqualTo("UNVERIFIED");
        assertThat(byId.get("KHM-2008-41").has("penaltyMinMonths")
                        && !byId.get("KHM-2008-41").get("penaltyMinMonths").isNull())
                .isFalse();
    }

    @Test
    void aConvictionUnderArticle24IsRefusedNamingTheRule() {
        String id = registeredByTheClerk(aRegistrant()
                .named("KEO", "Dara " + TestNames.unique())
                .bornOn("1980-01-02")
                .nationalities("KHM")
                .json());

        ApiClient.Reply refused = api.post("/api/v1/registrants/" + id + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"9/2025","judgmentDate":"2025-06-02","offenceId":"KHM-2008-24",
                 "victimMinor":true,"country":"KHM","sentenceMonths":24}""");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"offenceId\"").contains("\"rule\":\"offence-punishable\"");
    }

    private Map<String, JsonNode> library() {
        ApiClient.Reply reply = api.get("/api/v1/statutes", "clerk", "CASE-2026-0042 statute library check");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        reply.json().forEach(entry -> byId.put(entry.get("id").asString(), entry));
        return byId;
    }
}

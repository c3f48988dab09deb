package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.index.IndexedRegistrant;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's identity search, as a police officer signed in with a browser sees it. */
@IntegrationTest
class ConsoleIdentitySearchIT extends WithTestAccounts {

    private static final String NOTICE = "More people in the registry match this search just as closely";

    @Autowired
    ElasticsearchClient elasticsearch;

    @BeforeEach
    void registry() throws Exception {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        // More namesakes than even the wider second window of candidates holds.
        SearchIndexFixture.indexNamesakes(elasticsearch, "KEO", "Vanna", 600);
        SearchIndexFixture.indexNamesakes(elasticsearch, "LIM", "Chhay", 3);
    }

    @Test
    void anOfficerIsToldWhenACommonNameHasMorePeopleThanTheSearchCompared() throws Exception {
        ConsolePermissionIT.Session officer = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        officer.get("/console/identity-searches");

        HttpResponse<String> crowded = officer.post(
                "/console/identity-searches",
                Map.of("familyName", "KEO", "givenNames", "Vanna", "purpose", "CASE-2026-0042 console search test"));
        HttpResponse<String> rare = officer.post(
                "/console/identity-searches",
                Map.of("familyName", "LIM", "givenNames", "Chhay", "purpose", "CASE-2026-0042 console search test"));

        assertThat(crowded.statusCode()).isEqualTo(200);
        assertThat(crowded.body())
                .contains("people found")
                .contains(NOTICE)
                .contains("Add a date of birth, a nationality or a document number");
        assertThat(rare.statusCode()).isEqualTo(200);
        assertThat(rare.body())
                .as("other names sound alike, but none as close as the three LIM Chhay")
                .contains("LIM Chhay")
                .doesNotContain(NOTICE);
    }

    /** Issue 25: an officer who has only the passport number, as it was read over the radio with one slip. */
    @Test
    void anOfficerWithOnlyAPassportNumberFindsItsHolderAndIsToldWhatToGiveWhenNothingIsGiven() throws Exception {
        IndexedRegistrant holder = new IndexedRegistrant(
                UUID.randomUUID().toString(),
                1,
                "PRAK",
                "Sophea",
                null,
                "1979-02-14",
                null,
                "FEMALE",
                List.of("KHM"),
                List.of(),
                List.of("N07654321"));
        elasticsearch.index(i -> i.index(TestServers.SEARCH_ALIAS)
                .id(holder.registrantId())
                .version(1L)
                .versionType(VersionType.External)
                .document(SearchIndexFixture.documentOf(holder, "2026-12-06T10:00:00Z"))
                .refresh(Refresh.True));
        ConsolePermissionIT.Session officer = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        officer.get("/console/identity-searches");

        HttpResponse<String> exact = officer.post(
                "/console/identity-searches",
                Map.of("documentNumber", "n0765 4321", "purpose", "CASE-2026-0251 passport number only"));
        HttpResponse<String> oneSlip = officer.post(
                "/console/identity-searches",
                Map.of("documentNumber", "N07654312", "purpose", "CASE-2026-0251 passport number only"));
        HttpResponse<String> nothing =
                officer.post("/console/identity-searches", Map.of("purpose", "CASE-2026-0251 passport number only"));

        assertThat(exact.statusCode()).isEqualTo(200);
        assertThat(exact.body())
                .contains("1 person found")
                .containsPattern("(?s)PRAK Sophea</span>.*?registry-band--strong\">Strong</strong>")
                .contains("document number N07654321 matches");
        assertThat(oneSlip.body())
                .containsPattern("(?s)PRAK Sophea</span>.*?registry-band--weak\">Weak</strong>")
                .contains("document number N07654312 is one typing slip from N07654321");
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body())
                .contains("Enter a name (the family name, the given names, the full name or the name in Khmer script)"
                        + " or a passport or identity document number.")
                .doesNotContain("PRAK Sophea");
    }

    @Test
    void aKhmerReadingOfficerMeetsTheSearchItsErrorsAndItsResultsInKhmer() throws Exception {
        ConsolePermissionIT.Session officer = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        officer.statePurpose();
        officer.speak("km");
        try {
            readsKhmer(officer);
        } finally {
            officer.speak("en");
        }
    }

    private static void readsKhmer(ConsolePermissionIT.Session officer) throws Exception {
        HttpResponse<String> form = officer.get("/console/identity-searches");

        HttpResponse<String> refused = officer.post(
                "/console/identity-searches",
                Map.of("dateOfBirthPlusMinusYears", "three", "purpose", "CASE-2026-0042 console search test"));
        HttpResponse<String> found = officer.post(
                "/console/identity-searches",
                Map.of("familyName", "LIM", "givenNames", "Chhay", "purpose", "CASE-2026-0042 console search test"));

        assertThat(form.body())
                .contains("ស្វែងរកបុគ្គល")
                .contains("គោលបំណងនៃការស្វែងរកនេះ")
                .doesNotContain("Find a person")
                .doesNotContain("Purpose of this search");
        assertThat(refused.body())
                .as("the errors in Khmer, never the API's field names")
                .contains("សូមបញ្ចូលចំនួនឆ្នាំខុសគ្នាជាលេខគត់")
                .doesNotContain("dateOfBirthPlusMinusYears has")
                .doesNotContain("wrong type");
        assertThat(found.body())
                .containsPattern("រកឃើញមនុស្ស [\\d,]+ នាក់")
                .contains("ខ្លាំង")
                .doesNotContain("people found");
    }
}

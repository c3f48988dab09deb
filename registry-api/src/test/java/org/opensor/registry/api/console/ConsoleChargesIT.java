package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The court clerk's charges page: a registrant's charge recorded from the page with bail and "prohibited from leaving
 * Cambodia", the ban shown in force with labels (never codes), a form without a bail decision told in words, the ban
 * ended by court order, the page in Khmer, and every step audited with the person as the subject.
 */
@IntegrationTest
class ConsoleChargesIT extends WithTestAccounts {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void aClerkRecordsABannedChargeAndEndsTheBanFromThePage() throws Exception {
        String familyName = "C" + TestNames.unique().toUpperCase();
        String registrant = registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"1975-04-02","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true}""".formatted(familyName));
        ConsolePermissionIT.Session clerk = ConsolePermissionIT.Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        // The language is kept per account, and another test may have left this one in Khmer.
        clerk.post("/console/language", Map.of("language", "en"));
        String caseNumber = "Case " + TestNames.unique();
        String yesterday = LocalDate.now().minusDays(1).toString();

        HttpResponse<String> noBail = clerk.post(
                "/console/charges",
                Map.of(
                        "person",
                        registrant,
                        "familyName",
                        familyName,
                        "givenNames",
                        "Dara",
                        "court",
                        "Phnom Penh Municipal Court",
                        "caseNumber",
                        caseNumber,
                        "offence",
                        "Procurement for prostitution",
                        "chargedOn",
                        yesterday,
                        "bail",
                        ""));
        HttpResponse<String> recorded = clerk.post(
                "/console/charges",
                Map.of(
                        "person", registrant,
                        "familyName", familyName,
                        "givenNames", "Dara",
                        "nationalities", "khm",
                        "court", "Phnom Penh Municipal Court",
                        "caseNumber", caseNumber,
                        "offence", "Procurement for prostitution",
                        "chargedOn", yesterday,
                        "bail", "GRANTED",
                        "conditions", "PROHIBITED_FROM_LEAVING_CAMBODIA"));
        String list = clerk.get("/console/charges?person=" + registrant).body();

        assertThat(noBail.statusCode()).isEqualTo(200);
        assertThat(noBail.body()).contains("Choose the court&#39;s bail decision.");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        assertThat(list)
                .contains(caseNumber)
                .contains("Released on bail")
                .contains("Prohibited from leaving Cambodia")
                .contains("In force: stop at the border")
                .doesNotContain("PROHIBITED_FROM_LEAVING_CAMBODIA<")
                .doesNotContain(">GRANTED<");
        String chargeId = jdbc.sql("select cast(id as varchar) from registry.charge where case_number = :c")
                .param("c", caseNumber)
                .query(String.class)
                .single();

        HttpResponse<String> noOrder = clerk.post(
                "/console/charges/" + chargeId + "/travel-ban-lifting",
                Map.of("liftedOn", yesterday, "courtOrder", ""));
        HttpResponse<String> lifted = clerk.post(
                "/console/charges/" + chargeId + "/travel-ban-lifting",
                Map.of(
                        "liftedOn",
                        LocalDate.now().toString(),
                        "courtOrder",
                        "Order 77/2026, Phnom Penh Municipal Court"));

        assertThat(noOrder.statusCode()).isEqualTo(200);
        assertThat(noOrder.body()).contains("Enter the court order");
        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(302);
        assertThat(clerk.get("/console/charges?person=" + registrant).body())
                .contains("The court travel ban was ended.")
                .contains("Ended on " + LocalDate.now())
                .doesNotContain("In force: stop at the border");
        assertThat(jdbc.sql("select travel_ban_end_reason from registry.charge where id = cast(:id as uuid)")
                        .param("id", chargeId)
                        .query(String.class)
                        .single())
                .isEqualTo("court order: Order 77/2026, Phnom Penh Municipal Court");

        clerk.post("/console/language", Map.of("language", "km"));
        assertThat(clerk.get("/console/charges?person=" + registrant).body())
                .contains("បទចោទ ការដោះលែងឱ្យនៅក្រៅឃុំ និងការហាមឃាត់ការធ្វើដំណើររបស់តុលាការ")
                .contains("ហាមចាកចេញពីកម្ពុជា");
        assertThat(jdbc.sql("select count(*) from registry.audit_event where actor = 'clerk'"
                                + " and action like '%/console/charges%' "
                                + " and (record_id = :subject or :subject = any(string_to_array(record_id, ',')))")
                        .param("subject", registrant)
                        .query(Long.class)
                        .single())
                .as("the list reads and the changes audited with the person as subject")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aClerkFindsTheAccusedByNameAndAnAcquittalSealsTheChargeAndEndsTheBan() throws Exception {
        String registeredName = "V" + TestNames.unique().toUpperCase();
        String registrant = registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"1975-04-02","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true}""".formatted(registeredName));
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(registrant));
        ConsolePermissionIT.Session clerk = ConsolePermissionIT.Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        clerk.post("/console/language", Map.of("language", "en"));
        String accusedName = "W" + TestNames.unique().toUpperCase();
        String caseNumber = "Case " + TestNames.unique();
        String yesterday = LocalDate.now().minusDays(1).toString();
        HttpResponse<String> charged = clerk.post(
                "/console/charges",
                Map.of(
                        "familyName", accusedName,
                        "givenNames", "Sophal",
                        "dateOfBirth", "1980-06-11",
                        "court", "Siem Reap Provincial Court",
                        "caseNumber", caseNumber,
                        "offence", "Purchase of child prostitution",
                        "chargedOn", yesterday,
                        "bail", "GRANTED",
                        "conditions", "PROHIBITED_FROM_LEAVING_CAMBODIA"));
        assertThat(charged.statusCode()).as(charged.body()).isEqualTo(302);
        // Follow the redirect as a browser would, so its banner is shown now and not after the verdict.
        clerk.get(charged.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        String subject = jdbc.sql("select cast(subject_id as varchar) from registry.charge where case_number = :c")
                .param("c", caseNumber)
                .query(String.class)
                .single();

        String noName = clerk.get("/console/charges/people?name=").body();
        String accused = clerk.get("/console/charges/people?name=" + accusedName + "+Sophal")
                .body();
        String registered = clerk.get("/console/charges/people?name=" + registeredName + "+Dara&nameDateOfBirth=1975")
                .body();

        assertThat(noName).contains("Enter the person&#39;s name");
        assertThat(accused)
                .contains(accusedName + " Sophal")
                .contains("1980-06-11")
                .contains("Accused, not registered")
                .contains("name similarity")
                .contains("/console/charges?person=" + subject);
        assertThat(registered)
                .contains("1975-04-02")
                .contains(">Registrant<")
                .contains("/console/charges?person=" + registrant);
        assertThat(jdbc.sql("select count(*) from registry.audit_event where actor = 'clerk'"
                                + " and action like '%/console/charges/people%' and purpose is not null"
                                + " and :subject = any(string_to_array(record_id, ','))")
                        .param("subject", subject)
                        .query(Long.class)
                        .single())
                .as("the lookup audited like any search: with the purpose and the people it showed")
                .isGreaterThanOrEqualTo(1);

        String chargeId = jdbc.sql("select cast(id as varchar) from registry.charge where case_number = :c")
                .param("c", caseNumber)
                .query(String.class)
                .single();
        HttpResponse<String> noOutcome =
                clerk.post("/console/charges/" + chargeId + "/verdict", Map.of("outcome", "", "decidedOn", yesterday));
        ConsolePermissionIT.Session police = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        police.statePurpose();
        HttpResponse<String> byPolice = police.post(
                "/console/charges/" + chargeId + "/verdict", Map.of("outcome", "ACQUITTED", "decidedOn", yesterday));
        HttpResponse<String> acquitted = clerk.post(
                "/console/charges/" + chargeId + "/verdict",
                Map.of("outcome", "ACQUITTED", "decidedOn", LocalDate.now().toString()));

        assertThat(noOutcome.statusCode()).isEqualTo(200);
        assertThat(noOutcome.body()).contains("Choose the verdict.");
        assertThat(byPolice.statusCode())
                .as("a verdict is the court clerk's to record")
                .isEqualTo(403);
        assertThat(acquitted.statusCode()).as(acquitted.body()).isEqualTo(302);
        assertThat(clerk.get("/console/charges?person=" + subject).body())
                .contains("The acquittal was recorded.")
                .doesNotContain(caseNumber);
        assertThat(jdbc.sql("select sealed_at is not null and travel_ban_ended_on = current_date"
                                + " from registry.charge where id = cast(:id as uuid)")
                        .param("id", chargeId)
                        .query(Boolean.class)
                        .single())
                .as("sealed, and the travel ban ended on the day of the judgment")
                .isTrue();

        clerk.post("/console/language", Map.of("language", "km"));
        assertThat(clerk.get("/console/charges/people?name=" + registeredName + "+Dara")
                        .body())
                .contains("ស្វែងរកតាមឈ្មោះ")
                .contains("អ្នកចុះបញ្ជី");
        clerk.post("/console/language", Map.of("language", "en"));
    }
}

package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;

/**
 * The court clerk's charges page: a registrant's charge recorded from the page with bail and "prohibited from leaving
 * Cambodia", the ban shown in force with labels (never codes), a form without a bail decision told in words, the ban
 * ended by court order, the page in Khmer, and every step audited with the person as the subject.
 */
@IntegrationTest
class ConsoleChargesIT extends WithTestAccounts {

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
}

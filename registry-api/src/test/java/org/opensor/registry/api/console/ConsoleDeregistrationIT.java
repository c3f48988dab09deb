package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.security.Role;

/**
 * De-registration from the console with four eyes: a police officer proposes from the record with a reason and the
 * evidence (a form without a reason is told in words), the proposer is told another clerk approves and cannot, a
 * court clerk approves, and the record is then gone from the page too; in Khmer the reasons are words, not codes.
 */
@IntegrationTest
class ConsoleDeregistrationIT extends WithTestAccounts {

    @Test
    void aPoliceOfficerProposesAndAnotherCourtClerkApprovesFromThePage() throws Exception {
        String familyName = "D" + TestNames.unique().toUpperCase();
        String registrant = registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Sopheak","dateOfBirth":"1972-08-09","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true}""".formatted(familyName));
        ApiClient.Reply convicted = api.post("/api/v1/registrants/" + registrant + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"3/2016","judgmentDate":"2016-01-10","offenceId":"KHM-2008-43",
                 "victimMinor":false,"country":"KHM","sentenceMonths":6,"registrationTier":"TIER_1"}""");
        assertThat(convicted.status()).as(convicted.body()).isEqualTo(201);
        TestAccounts.ensureInUnit(jdbc, encoder, "second-clerk", Role.COURT_CLERK, "Phnom Penh Municipal Court");
        ConsolePermissionIT.Session police = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        police.statePurpose();
        String path = "/console/registrants/" + registrant + "/deregistration";

        String empty = police.get(path).body();
        HttpResponse<String> noReason = police.post(path, Map.of("note", "Review done at the station"));
        HttpResponse<String> proposed = police.post(
                path, Map.of("reason", "REGISTRATION_PERIOD_ENDED", "note", "Ten-year period ended 2026-01-09"));
        HttpResponse<String> byPolice = police.post(path + "/approval", Map.of());

        assertThat(empty).contains(familyName).contains("2026-01-09").contains("Propose de-registration");
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Choose the reason for de-registration.");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
        assertThat(byPolice.statusCode()).as("approving is a court clerk's").isEqualTo(403);

        ConsolePermissionIT.Session clerk =
                ConsolePermissionIT.Session.signIn(port, "second-clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        String toApprove = clerk.get(path).body();
        HttpResponse<String> approved =
                clerk.post(path + "/approval", Map.of("approvalNote", "Judgment checked against the court file"));

        assertThat(toApprove)
                .contains("The registration period has ended")
                .contains("Ten-year period ended 2026-01-09")
                .contains("Approve the de-registration")
                .doesNotContain(">REGISTRATION_PERIOD_ENDED<");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("De-registration approved");
        assertThat(clerk.get(path).statusCode())
                .as("withdrawn: gone from the page too")
                .isEqualTo(404);
        assertThat(jdbc.sql("select approved_by from registry.deregistration where registrant_id = cast(:id as uuid)")
                        .param("id", registrant)
                        .query(String.class)
                        .single())
                .isEqualTo("second-clerk");
        assertThat(jdbc.sql("select count(*) from registry.audit_event where actor in ('police', 'second-clerk')"
                                + " and action like '%/deregistration%' and record_id = :id")
                        .param("id", registrant)
                        .query(Long.class)
                        .single())
                .as("the page reads, the proposal and the approval audited with the record")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void theProposerCannotApproveAndReadsWhyInKhmer() throws Exception {
        String registrant =
                registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"1960","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true}""".formatted("E" + TestNames.unique().toUpperCase()));
        ConsolePermissionIT.Session clerk = ConsolePermissionIT.Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        String path = "/console/registrants/" + registrant + "/deregistration";
        HttpResponse<String> proposed =
                clerk.post(path, Map.of("reason", "DECEASED", "note", "Death certificate 55/2026, Kandal"));
        HttpResponse<String> self = clerk.post(path + "/approval", Map.of());
        clerk.speak("km");
        String khmer = clerk.get(path).body();
        clerk.speak("en");

        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
        assertThat(self.statusCode()).isEqualTo(200);
        assertThat(self.body()).contains("You proposed this de-registration: another court clerk must approve it.");
        assertThat(khmer).contains("បុគ្គលនេះបានស្លាប់").contains("អ្នកបានស្នើការដកចេញពីបញ្ជីនេះ");
        assertThat(jdbc.sql("select state from registry.deregistration where registrant_id = cast(:id as uuid)")
                        .param("id", registrant)
                        .query(String.class)
                        .single())
                .isEqualTo("PROPOSED");
    }
}

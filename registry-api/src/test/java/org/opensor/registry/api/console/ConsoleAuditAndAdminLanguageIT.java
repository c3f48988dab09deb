package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 25 items 1, 2 and 6 through real pages: the auditor reads who did what as a sentence in Khmer and in English,
 * and the administrator's pages speak Khmer, with no enum code or English word of theirs left on them.
 */
@IntegrationTest
class ConsoleAuditAndAdminLanguageIT extends WithTestAccounts {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void theAuditorReadsAnEntryAsASentenceInKhmerAndInEnglish() throws Exception {
        String purpose = "CASE-25 " + TestNames.unique() + " audit sentence";
        ConsolePermissionIT.Session police = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        police.post("/console/purpose", Map.of("purpose", purpose));
        assertThat(police.get("/console/registrants").statusCode()).isEqualTo(200);
        ConsolePermissionIT.Session auditor =
                ConsolePermissionIT.Session.signIn(port, "auditor", TestAccounts.PASSWORD);
        String search = "/console/audit-events?actor=police&action="
                + URLEncoder.encode("GET /console/registrants", StandardCharsets.UTF_8);

        String english = auditor.get(search).body();
        auditor.speak("km");
        try {
            String khmer = auditor.get(search).body();
            HttpResponse<String> verification = auditor.get("/console/audit-events/verification?run=true");
            HttpResponse<String> misuse = auditor.get("/console/audit-events/misuse-report");

            assertThat(english)
                    .contains("Police officer police listed registrants because: " + purpose + ".")
                    .contains("Allowed");
            assertThat(khmer)
                    .contains("មន្ត្រីនគរបាល police បានមើលបញ្ជីអ្នកចុះបញ្ជី ដោយសារ៖ " + purpose + "។")
                    .contains("កំណត់ត្រាសវនកម្ម")
                    .contains("បានអនុញ្ញាត")
                    .doesNotContain("POLICE_OFFICER")
                    .doesNotContain(">Allowed<");
            assertThat(verification.statusCode()).isEqualTo(200);
            assertThat(verification.body()).contains("ខ្សែសង្វាក់សវនកម្ម").doesNotContain("entries checked");
            assertThat(misuse.statusCode()).isEqualTo(200);
            assertThat(misuse.body()).contains("របាយការណ៍ការប្រើប្រាស់មិនត្រឹមត្រូវ");
        } finally {
            auditor.speak("en");
        }
    }

    @Test
    void theAdministratorsPagesSpeakKhmer() throws Exception {
        String username = "s." + TestNames.unique().toLowerCase(Locale.ROOT);
        ConsolePermissionIT.Session admin = ConsolePermissionIT.Session.signIn(port, "admin", TestAccounts.PASSWORD);
        admin.speak("km");
        try {
            HttpResponse<String> weakPassword = admin.post(
                    "/console/accounts/new",
                    Map.of("username", username, "role", "police-officer", "unit", "", "password", "short"));
            HttpResponse<String> created = admin.post(
                    "/console/accounts/new",
                    Map.of(
                            "username",
                            username,
                            "role",
                            "police-officer",
                            "unit",
                            "",
                            "password",
                            TestAccounts.PASSWORD));
            String accounts = admin.get("/console/accounts").body();
            HttpResponse<String> subscriptions = admin.get("/console/subscriptions");
            HttpResponse<String> deadLetters = admin.get("/console/dead-letters");

            assertThat(weakPassword.statusCode()).isEqualTo(422);
            assertThat(weakPassword.body()).contains("បង្កើតគណនី").contains("ពាក្យសម្ងាត់");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
            assertThat(accounts)
                    .contains("បានបង្កើតគណនី " + username + " ជាមន្ត្រីនគរបាល")
                    .contains("កំពុងប្រើ")
                    .doesNotContain(">Active<")
                    .doesNotContain("Police officer");
            for (HttpResponse<String> workerPage : java.util.List.of(subscriptions, deadLetters)) {
                assertThat(workerPage.statusCode()).isIn(200, 503);
                assertThat(workerPage.body())
                        .containsPattern("[\\u1780-\\u17FF]")
                        .doesNotContain("Webhooks are not");
            }
        } finally {
            admin.speak("en");
        }
    }

    @Test
    void theDecreePageSpeaksKhmerDatesNumbersAndNotesIncluded() throws Exception {
        // the decree's names are matched through the search index: one must answer, if empty (nobody is linked)
        if (!elasticsearch
                .indices()
                .existsAlias(a -> a.name(TestServers.SEARCH_ALIAS))
                .value()) {
            SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        }
        String family = "T" + TestNames.unique().toUpperCase(Locale.ROOT);
        String body = """
                {"number":"NS/RKT/%s","date":"2026-04-13","occasion":"Khmer New Year","kind":"REDUCTION","reductionMonths":12,
                 "beneficiaries":[{"name":"%s Dara","dateOfBirth":"1975-04-02"},{"name":"Zzyzx Qwerty","dateOfBirth":"1961-01-01"}]}""".formatted(TestNames.unique(), family);
        var entered = api.post("/api/v1/decrees", "clerk", body);
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        ConsolePermissionIT.Session clerk = ConsolePermissionIT.Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        clerk.speak("km");
        try {
            HttpResponse<String> page =
                    clerk.get("/console/decrees/" + entered.json().get("id").asString());
            HttpResponse<String> list = clerk.get("/console/decrees");

            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body())
                    .contains("ព្រះរាជក្រឹត្យ")
                    .contains("មិនមាននៅក្នុងប្រព័ន្ធចុះបញ្ជី៖ គ្មានអ្វីត្រូវបានកត់ត្រាទេ។")
                    .contains("បន្ធូរទោស 12 ខែ")
                    .doesNotContain("nothing is recorded")
                    .doesNotContain("2026-04-13");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).doesNotContain("2026-04-13");
            assertThat(page.body())
                    .as("the match reasons worded in Khmer from their codes")
                    .contains("គ្មានជនចុះបញ្ជីណាម្នាក់ស្រដៀងនឹងបន្ទាត់នេះ")
                    .doesNotContain("no registrant resembles this line")
                    .doesNotContainPattern("<li lang=\"en\"\\s*>");
            assertThat(entered.body())
                    .as("the API keeps its English")
                    .contains("no registrant resembles this line in the possible band or better");

            // a decree stored before the codes were kept has the matcher's English only
            jdbc.sql("update registry.decree_line set reason_codes = null where decree_id = cast(:id as uuid)")
                    .param("id", entered.json().get("id").asString())
                    .update();
            HttpResponse<String> before =
                    clerk.get("/console/decrees/" + entered.json().get("id").asString());
            assertThat(before.body())
                    .containsPattern(
                            "<li lang=\"en\"\\s*>no registrant resembles this line in the possible band or better</li>");
        } finally {
            clerk.speak("en");
        }
    }
}

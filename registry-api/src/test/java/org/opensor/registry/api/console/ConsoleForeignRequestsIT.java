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
 * Wanted elsewhere in the console: the court clerk records a request for a Khmer registrant from a state without a
 * treaty, the page shows the decision support in sentences (never the criterion or finding codes), a form without a
 * kind is told in words, a police officer reads it, the page speaks Khmer, and the reads are audited with the person.
 */
@IntegrationTest
class ConsoleForeignRequestsIT extends WithTestAccounts {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void aClerkRecordsARequestAndThePageExplainsWhyItCannotBeGranted() throws Exception {
        String registrant =
                registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"1975-04-02","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true}""".formatted("F" + TestNames.unique().toUpperCase()));
        ConsolePermissionIT.Session clerk = ConsolePermissionIT.Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        // The language is kept per account, and another test may have left this one in Khmer.
        clerk.post("/console/language", Map.of("language", "en"));
        String reference = "BR-" + TestNames.unique();
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "person",
                registrant,
                "requestingState",
                "bra",
                "offence",
                "Sexual exploitation of a minor",
                "foreignMaxPenaltyMonths",
                "120",
                "reference",
                reference,
                "receivedOn",
                LocalDate.now().minusDays(3).toString()));

        HttpResponse<String> noKind = clerk.post("/console/foreign-requests", form);
        form.put("kind", "EXTRADITION_REQUEST");
        HttpResponse<String> recorded = clerk.post("/console/foreign-requests", form);
        String page =
                clerk.get("/console/foreign-requests?person=" + registrant).body();

        assertThat(noKind.statusCode()).isEqualTo(200);
        assertThat(noKind.body()).contains("Choose the kind of request.");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        assertThat(page)
                .contains("The request was recorded.")
                .contains("Extradition request from BRA, reference " + reference)
                .contains("Cannot be extradited: a condition is not met.")
                .contains("There is no extradition treaty in force with BRA")
                .contains("The person is a Khmer citizen and there is no treaty in force with BRA")
                .contains("Nobody has matched the foreign offence with a Cambodian statute yet.")
                .doesNotContain(">NOT_MET<")
                .doesNotContain("NOT_EXTRADITABLE")
                .doesNotContain(">EXTRADITION_REQUEST<");

        ConsolePermissionIT.Session police = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        police.statePurpose();
        police.post("/console/language", Map.of("language", "en"));
        assertThat(police.get("/console/foreign-requests?person=" + registrant).body())
                .contains(reference)
                .doesNotContain("Record the request");
        police.post("/console/language", Map.of("language", "km"));
        assertThat(police.get("/console/foreign-requests?person=" + registrant).body())
                .contains("ជនដែលរដ្ឋផ្សេងកំពុងស្វែងរក")
                .contains("សំណើធ្វើបត្យាប័ន");
        assertThat(jdbc.sql("select count(*) from registry.audit_event where actor in ('clerk', 'police')"
                                + " and action like '%/console/foreign-requests%'"
                                + " and (record_id = :subject or :subject = any(string_to_array(record_id, ',')))")
                        .param("subject", registrant)
                        .query(Long.class)
                        .single())
                .as("the recording and every read of the person's requests audited with the person")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aClerkFindsThePersonByNameAndClosesTheRequestWithItsReason() throws Exception {
        String familyName = "G" + TestNames.unique().toUpperCase();
        String registrant = registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Vuthy","dateOfBirth":"1969-08-30","sex":"MALE","nationalities":["THA"],
                 "confirmedDistinctPerson":true}""".formatted(familyName));
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(registrant));
        ConsolePermissionIT.Session clerk = ConsolePermissionIT.Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        clerk.post("/console/language", Map.of("language", "en"));
        String reference = "TH-" + TestNames.unique();

        String found = clerk.get("/console/foreign-requests/people?name=" + familyName + "+Vuthy")
                .body();
        String badDate = clerk.get(
                        "/console/foreign-requests/people?name=" + familyName + "&nameDateOfBirth=30-08-1969")
                .body();
        HttpResponse<String> recorded = clerk.post(
                "/console/foreign-requests",
                Map.of(
                        "person",
                        registrant,
                        "kind",
                        "EXTRADITION_REQUEST",
                        "requestingState",
                        "THA",
                        "offence",
                        "Trafficking in children",
                        "reference",
                        reference,
                        "receivedOn",
                        LocalDate.now().minusDays(5).toString()));
        // Follow the redirect as a browser would, so its banner is shown now and not after the closure.
        clerk.get(recorded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        String requestId = jdbc.sql("select cast(id as varchar) from registry.foreign_request where reference = :r")
                .param("r", reference)
                .query(String.class)
                .single();
        HttpResponse<String> noReason = clerk.post(
                "/console/foreign-requests/" + requestId + "/closure",
                Map.of("reason", "", "closedOn", LocalDate.now().toString()));
        ConsolePermissionIT.Session police = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        police.statePurpose();
        HttpResponse<String> byPolice = police.post(
                "/console/foreign-requests/" + requestId + "/closure",
                Map.of("reason", "withdrawn", "closedOn", LocalDate.now().toString()));
        HttpResponse<String> closed = clerk.post(
                "/console/foreign-requests/" + requestId + "/closure",
                Map.of(
                        "reason", "extradited",
                        "detail", "Decision 14/2026 of the Court of Appeal",
                        "closedOn", LocalDate.now().toString()));
        String page =
                clerk.get("/console/foreign-requests?person=" + registrant).body();

        assertThat(found)
                .contains(familyName + " Vuthy")
                .contains("1969-08-30")
                .contains("/console/foreign-requests?person=" + registrant);
        assertThat(badDate).contains("Enter the date of birth as a year");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Choose why the request ends.");
        assertThat(byPolice.statusCode())
                .as("closing a request is the court clerk's")
                .isEqualTo(403);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
        assertThat(page)
                .contains("The request was closed.")
                .contains("Closed on " + LocalDate.now()
                        + ": extradited to the requesting state (Decision 14/2026 of the Court of Appeal)")
                .doesNotContain("Close the request");
        assertThat(jdbc.sql("select state from registry.foreign_request where id = cast(:id as uuid)")
                        .param("id", requestId)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");

        clerk.post("/console/language", Map.of("language", "km"));
        assertThat(clerk.get("/console/foreign-requests?person=" + registrant).body())
                .contains("ត្រូវបានធ្វើបត្យាប័នទៅរដ្ឋដែលស្នើសុំ");
        clerk.post("/console/language", Map.of("language", "en"));
    }
}

package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;

/** Issue 25: a police officer reads a registrant's travel notices and the trip form in Khmer, or in English. */
@IntegrationTest
class ConsoleTravelNoticesIT extends WithTestAccounts {

    @Test
    void theNoticesAndTheTripFormSpeakKhmerWithCountriesDatesAndDocumentsInKhmer() throws Exception {
        String notices = declaredTrip();
        ConsolePermissionIT.Session officer = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        officer.statePurpose();
        officer.speak("km");
        try {
            readsKhmer(officer, notices);
        } finally {
            officer.speak("en");
        }
    }

    private static void readsKhmer(ConsolePermissionIT.Session officer, String notices) throws Exception {
        HttpResponse<String> list = officer.get(notices);
        HttpResponse<String> form = officer.get(notices + "/new");
        HttpResponse<String> refused = officer.post(notices + "/new", Map.of("departureDate", "", "travelPurpose", ""));

        assertThat(list.body())
                .contains("សេចក្តីជូនដំណឹងអំពីការធ្វើដំណើរ")
                .contains("ថៃ")
                .contains("លិខិតឆ្លងដែន N1234567")
                .doesNotContain("Travel notices")
                .doesNotContain("Thailand")
                .doesNotContain("Passport")
                .doesNotContain(" UTC");
        assertThat(form.body())
                .contains("ប្រកាសការធ្វើដំណើរ")
                .doesNotContain("Declare a trip")
                .doesNotContain("Departure date");
        assertThat(refused.body())
                .as("errors in Khmer")
                .contains("កំហុស៖")
                .doesNotContain("must not be blank")
                .doesNotContain("There is a problem");
    }

    @Test
    void inEnglishTheSamePageNamesTheCountryAndTheDocumentInEnglish() throws Exception {
        String notices = declaredTrip();
        ConsolePermissionIT.Session officer = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        officer.statePurpose();

        HttpResponse<String> list = officer.get(notices);

        assertThat(list.body())
                .contains("Travel notices")
                .contains("Thailand")
                .contains("Passport N1234567")
                .contains("Visit relatives");
    }

    /** A registrant with one declared trip, through the API; the console's notices page for them. */
    private String declaredTrip() {
        String registrant = registeredByTheClerk("""
                {"familyName":"TRIP","givenNames":"%s","dateOfBirth":"1969-04-02","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true}""".formatted("Sopheap " + TestNames.unique()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ApiClient.Reply declared =
                api.post("/api/v1/registrants/" + registrant + "/travel-notices", "police", """
                {"departureDate":"%s","returnDate":"%s","departurePoint":"PNH","legs":[{"country":"THA","pointOfArrival":"BKK"}],
                 "purpose":"Visit relatives","documentType":"PASSPORT","documentNumber":"N1234567"}""".formatted(
                                today.plusDays(30), today.plusDays(40)));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return "/console/registrants/" + registrant + "/travel-notices";
    }
}

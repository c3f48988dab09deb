package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A police officer's journey in the browser: find a registered person from a misspelt name under a stated purpose
 * (an invalid purpose first), then declare a trip for them (a wrong date first), see it flagged late, amend it
 * (an unknown country first) and cancel it.
 */
class PoliceJourneyIT extends ConsoleJourney {

    private static final String PURPOSE = "CASE-2026-0107 suspected breach of travel notice";

    @Test
    void findsAPersonByAnotherSpellingAndKeepsTheirTravelNotices() throws Exception {
        String id = registerSokSokhaAsTheClerk();
        awaitSearchable(id);

        browser.signIn("police", stack.passwords.get("police"));
        // The search page reads personal data: the officer states a purpose before the form opens.
        browser.open("/console/identity-searches");
        browser.waitFor(By.id("state-purpose"));
        browser.type("purpose", "CASE-2026-0100 checking a registrant's travel");
        browser.press("state-purpose");
        browser.waitFor(By.id("search"));
        assertThat(browser.heading()).isEqualTo("Find a person");
        assertThat(browser.driver.findElement(By.id("purpose")).getAttribute("value"))
                .isEqualTo("CASE-2026-0100 checking a registrant's travel");
        browser.screenshot("police-search");

        browser.type("fullName", "Sokhar Chann");
        browser.type("dateOfBirth", "1970-05-12");
        browser.type("purpose", "looking");
        browser.press("search");
        browser.waitFor(By.id("purpose-error"));
        assertThat(browser.errorBeside("purpose")).contains("Write a case reference and then the reason");
        assertThat(browser.all(By.cssSelector(".registry-hit")))
                .as("the search is not run")
                .isEmpty();
        assertThat(browser.driver.findElement(By.id("fullName")).getAttribute("value"))
                .isEqualTo("Sokhar Chann");
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        assertThat(browser.text())
                .as("the refused purpose leaves the stated one in force")
                .contains("Working under purpose: CASE-2026-0100 checking a registrant's travel");
        browser.screenshot("police-search-purpose-error");

        browser.type("purpose", PURPOSE);
        browser.press("search");
        WebElement hit = browser.waitFor(
                By.xpath("//li[contains(@class,'registry-hit')][.//a[@href='/console/registrants/" + id + "']]"));
        assertThat(hit.findElement(By.cssSelector(".registry-band")).getText()).isEqualTo("Strong");
        assertThat(hit.findElement(By.cssSelector(".registry-band")).getAttribute("class"))
                .contains("registry-band--strong");
        assertThat(hit.getText())
                .contains("SOK Sokha")
                .contains("Matched on alias CHANN Sokha")
                .contains("date of birth");
        assertThat(hit.findElements(By.cssSelector(".registry-hit__reasons li")))
                .isNotEmpty();
        assertThat(browser.text()).contains("Working under purpose: " + PURPOSE);
        browser.screenshot("police-search-results");

        // The record page is another page's work; the notices are reached from it by this address.
        browser.open("/console/registrants/" + id + "/travel-notices");
        browser.waitFor(By.id("declare-trip"));
        assertThat(browser.heading()).isEqualTo("Travel notices");
        assertThat(browser.text()).contains("SOK Sokha").contains("No travel notices have been declared");
        browser.press("declare-trip");
        browser.waitFor(By.id("save-notice"));
        assertThat(browser.all(By.cssSelector("fieldset.registry-leg"))).hasSizeGreaterThanOrEqualTo(3);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate departure = today.plusDays(5);
        browser.type("departureDate", departure.toString());
        browser.type("returnDate", today.plusDays(2).toString());
        browser.type("legs[0].country", "THA");
        browser.type("legs[0].pointOfArrival", "BKK");
        browser.type("legs[0].carrier", "TG 581");
        browser.type("travelPurpose", "Visiting family");
        browser.select("documentType", "Passport");
        browser.type("documentNumber", "N01234567");
        browser.type("addressAbroad", "12 Sukhumvit Road, Bangkok");
        browser.press("save-notice");
        browser.waitFor(By.id("returnDate-error"));
        assertThat(browser.errorBeside("returnDate")).contains("The return date cannot be before the departure date");
        assertThat(browser.driver.findElement(By.id("legs[0].country")).getAttribute("value"))
                .isEqualTo("THA");
        browser.screenshot("police-travel-form-error");

        browser.type("returnDate", today.plusDays(12).toString());
        browser.press("save-notice");
        browser.waitFor(By.id("late-warning"));
        assertThat(browser.text())
                .contains("Travel notice declared")
                .contains("This notice is late")
                .contains("Late notice")
                .contains("Thailand")
                .contains("BKK")
                .contains("Passport N01234567");

        browser.click(By.cssSelector("a[id^='change-']"));
        browser.waitFor(By.id("save-notice"));
        assertThat(browser.heading()).isEqualTo("Change a travel notice");
        assertThat(browser.driver.findElement(By.id("legs[0].pointOfArrival")).getAttribute("value"))
                .isEqualTo("BKK");
        browser.type("returnDate", today.plusDays(14).toString());
        browser.type("legs[1].country", "XYZ");
        browser.type("legs[1].pointOfArrival", "KUL");
        browser.type("reason", "The registrant added a stop in Kuala Lumpur");
        browser.press("save-notice");
        browser.waitFor(By.id("legs[1].country-error"));
        assertThat(browser.errorBeside("legs[1].country"))
                .contains("Type the country as its three-letter country code");
        browser.type("legs[1].country", "MYS");
        browser.press("save-notice");
        browser.waitFor(By.id("saved-banner"));
        assertThat(browser.text())
                .contains("Travel notice changed")
                .contains("Malaysia")
                .contains("KUL")
                .contains("Late notice");
        browser.screenshot("police-travel-notices");

        browser.click(By.cssSelector("a[id^='cancel-']"));
        browser.waitFor(By.id("cancel-notice"));
        browser.press("cancel-notice");
        browser.waitFor(By.id("reason-error"));
        assertThat(browser.errorBeside("reason")).contains("Enter the reason");
        browser.type("reason", "The registrant's mother is now coming to Phnom Penh instead");
        browser.press("cancel-notice");
        browser.waitFor(By.id("saved-banner"));
        assertThat(browser.text())
                .contains("Travel notice cancelled")
                .contains("Cancelled because")
                .contains("The registrant's mother is now coming to Phnom Penh instead");
        assertThat(browser.all(By.cssSelector("a[id^='change-']")))
                .as("a cancelled notice cannot be changed")
                .isEmpty();
        browser.signOut();
    }

    private static String registerSokSokhaAsTheClerk() throws Exception {
        HttpResponse<String> created = stack.http()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.api.url() + "/api/v1/registrants"))
                                .header("Authorization", stack.basicAuth("clerk"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"familyName":"SOK","givenNames":"Sokha","aliases":[{"familyName":"CHANN","givenNames":"Sokha"}],
                         "dateOfBirth":"1970-05-12","sex":"MALE","nationalities":["KHM"],"confirmedDistinctPerson":true}"""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return id.group(1);
    }

    /** The search index is filled from Kafka by the search-indexer: wait until the API's search sees the new record. */
    private static void awaitSearchable(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String body = stack.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(stack.api.url() + "/api/v1/identity-searches"))
                                    .header("Authorization", stack.basicAuth("clerk"))
                                    .header("X-Purpose", "CASE-2026-0107 end-to-end test set-up")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"fullName\":\"Sokhar Chann\",\"dateOfBirth\":\"1970\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (body.contains(id)) {
                return;
            }
            Thread.sleep(1500);
        }
        throw new AssertionError("registrant " + id + " was not searchable within 90 seconds");
    }
}

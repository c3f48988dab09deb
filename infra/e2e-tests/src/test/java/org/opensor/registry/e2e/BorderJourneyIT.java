package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opensor.registry.matching.document.mrz.Td3Builder;
import org.opensor.registry.matching.document.paxlst.PaxlstBuilder;
import org.opensor.registry.stack.ElasticsearchAccess;

/**
 * The border officer's day in a real browser: the alert inbox open in one tab, travellers screened in another (a
 * passport that matches, a damaged one), an airline manifest uploaded, and the alert that the border hit produced
 * (worker, Kafka, back to the inbox) appearing in the inbox without a reload, then acknowledged in place.
 */
class BorderJourneyIT extends ConsoleJourney {

    @Test
    void aBorderOfficerScreensTravellersAndManifestsAndSeesTheAlertArriveLive() throws Exception {
        String surname = "BORDER" + letters(6);
        String passport = "N" + (10_000_000 + new Random().nextInt(89_999_999));
        String registrantId = registerWithPassport(surname, passport);
        awaitIndexed(registrantId);

        // The inbox, open before anything happens: everything after arrives by the live stream.
        browser.signIn("border", stack.passwords.get("border"));
        browser.open("/console/alerts");
        browser.type("purpose", "CASE-2026-0107 screening at Phnom Penh airport");
        browser.press("state-purpose");
        assertThat(browser.heading()).isEqualTo("Alert inbox");
        browser.waitForText("Live: new alerts appear here");
        assertThat(browser.text()).doesNotContain(surname);
        JavascriptExecutor inboxScript = (JavascriptExecutor) browser.driver;
        inboxScript.executeScript("window.registryNotReloaded = true;");
        String inbox = browser.driver.getWindowHandle();

        // A passport read at the desk, in another tab.
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open("/console/screenings");
        assertThat(browser.heading()).isEqualTo("Screen a traveller");
        String mrz = Td3Builder.of(surname, "RITHISAK", passport, "KHM", "681103", 'M', "310228");
        browser.type("mrz", mrz);
        browser.type("borderPost", "PNH");
        browser.press("screen");
        WebElement result = browser.waitFor(By.id("result"));
        assertThat(result.getText())
                .contains("1 match in the registry")
                .contains("Strong match")
                .contains(surname);
        assertThat(browser.driver
                        .findElement(By.cssSelector("#result a.registry-hit__name"))
                        .getAttribute("href"))
                .endsWith("/console/registrants/" + registrantId);
        assertThat(browser.text()).contains("TD3").contains(passport);
        browser.screenshot("border-screen-hit");

        // The same passport with its last check digit damaged: what failed, and no screening.
        String damaged = mrz.substring(0, mrz.length() - 1) + (mrz.endsWith("1") ? "2" : "1");
        browser.type("mrz", damaged);
        browser.press("screen");
        WebElement failures = browser.waitFor(By.id("mrz-failures"));
        assertThat(failures.getText()).contains("check failed").contains("composite");
        assertThat(browser.errorBeside("mrz")).contains("The MRZ failed").contains("not screened");
        assertThat(browser.all(By.id("result"))).isEmpty();
        browser.screenshot("border-screen-damaged");

        // An airline's manifest, uploaded as a file: the registrant is listed first, with the hit.
        String reference = "INT" + letters(8);
        String manifest = manifest(reference, surname, passport);
        Path file = Files.createTempFile("paxlst-", ".txt");
        Files.writeString(file, manifest);
        browser.open("/console/manifests");
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press("screen-manifest");
        WebElement travellers = browser.waitFor(By.id("travellers"));
        assertThat(browser.text())
                .contains("Flight OS101")
                .contains("BKK")
                .contains("PNH")
                .contains("1 match");
        WebElement first = travellers.findElement(By.cssSelector("tbody tr"));
        assertThat(first.getText()).contains(surname).contains("Strong match");
        assertThat(first.getAttribute("class")).contains("registry-row--hit");
        assertThat(travellers.getText()).contains("SMITH").contains("No match");
        assertThat(browser.text()).contains("Segments that could not be read").contains("segment");
        browser.screenshot("border-manifest");
        Files.delete(file);

        // The same manifest again, pasted this time: screened once only.
        browser.driver.findElement(By.id("manifest")).sendKeys(manifest);
        browser.press("screen-manifest");
        browser.waitFor(By.id("resubmitted"));
        assertThat(browser.text()).contains("This manifest was already screened");

        // Back to the inbox tab, never reloaded: the undeclared-travel alert arrives by itself.
        browser.driver.close();
        browser.driver.switchTo().window(inbox);
        By alertRow = By.xpath("//tr[contains(@class,'registry-alert-row') and contains(., '" + surname
                + "') and contains(., 'Undeclared travel')]");
        WebElement row = new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                .until(d -> d.findElements(alertRow).stream().findFirst().orElse(null));
        assertThat(inboxScript.executeScript("return window.registryNotReloaded === true;"))
                .isEqualTo(true);
        assertThat(row.getText())
                .contains("Urgent")
                .contains("Open")
                .contains("Undeclared")
                .contains("PNH")
                .contains("Acknowledge by");
        browser.screenshot("border-inbox-live");

        // Acknowledged in place (htmx), with a note.
        String alertId = row.getAttribute("id").substring("alert-".length());
        browser.type("note-" + alertId, "Traveller stopped at the desk, police informed");
        browser.press("acknowledge-" + alertId);
        // The row is swapped twice (the htmx answer, then the stream's change): look it up afresh each time.
        String done = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(By.id("alert-" + alertId)).getText();
                    return text.contains("Acknowledged") && text.contains("By border") ? text : null;
                });
        assertThat(done).contains("Traveller stopped at the desk").doesNotContain("Overdue");
        assertThat(browser.all(By.id("acknowledge-" + alertId))).isEmpty();
        assertThat(inboxScript.executeScript("return window.registryNotReloaded === true;"))
                .isEqualTo(true);
        browser.screenshot("border-inbox-acknowledged");

        // The API agrees.
        HttpResponse<String> alert = stack.http()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(stack.api.url() + "/api/v1/alerts?state=ACKNOWLEDGED&size=100"))
                                .header("Authorization", stack.basicAuth("border"))
                                .header("X-Purpose", "CASE-2026-0107 checking the acknowledgement")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(alert.body()).contains(alertId).contains("\"acknowledgedBy\":\"border\"");
        browser.signOut();
    }

    @Test
    void typedDetailsThatBreakTheApiRulesAreShownBesideTheirFields() throws Exception {
        browser.signIn("border", stack.passwords.get("border"));
        browser.open("/console/screenings");
        browser.type("borderPost", "PNH");
        browser.type("surname", "SOK");
        browser.type("dateOfBirth", "3 May 1970");
        browser.type("nationality", "Cambodia");
        browser.press("screen");
        browser.waitFor(By.id("dateOfBirth-error"));
        assertThat(browser.errorBeside("dateOfBirth")).contains("Enter the date of birth as year-month-day");
        assertThat(browser.errorBeside("nationality"))
                .contains("Type the nationality as the three-letter code printed in passports");
        assertThat(browser.driver.findElement(By.id("surname")).getAttribute("value"))
                .isEqualTo("SOK");
        assertThat(browser.text()).contains("There is a problem");
        browser.signOut();
    }

    /** A D05B passenger list: a traveller who is not on the register, the registrant, and a date that is no date. */
    private static String manifest(String reference, String surname, String passport) {
        return PaxlstBuilder.flightOs101(reference)
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .passenger(surname, "RITHISAK", 'M', "681103", "KHM", passport, "310228")
                .passenger("DARA", "CHAN", 'F', "7813XX", "KHM", null, null)
                .build();
    }

    static String registerWithPassport(String surname, String passport) throws Exception {
        HttpResponse<String> created = stack.http()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.api.url() + "/api/v1/registrants"))
                                .header("Authorization", stack.basicAuth("clerk"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"familyName":"%s","givenNames":"Rithisak","originalScriptName":"រិទ្ធិសក្ក","dateOfBirth":"1968-11-03","sex":"MALE",
                         "nationalities":["KHM"],
                         "documents":[{"type":"PASSPORT","number":"%s","issuingState":"KHM","expiresOn":"2031-02-28"}],
                         "confirmedDistinctPerson":true,"reason":"Judgment 12/2026 received from the court"}""".formatted(surname, passport)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return id.group(1);
    }

    /** Screening searches Elasticsearch: wait until the indexer has the record. */
    static void awaitIndexed(String registrantId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String doc = stack.servers
                        .elasticsearchHttp()
                        .send(
                                stack.servers
                                        .elasticsearchRequest(
                                                "/registrants/_doc/" + registrantId, ElasticsearchAccess.ADMIN)
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                if (doc.contains("\"found\":true")) {
                    return;
                }
            } catch (Exception e) {
                // not yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("registrant " + registrantId + " not indexed within 60 s");
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        Random random = new Random();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }
}

package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A court clerk's day in the console: registers a person with a Khmer-script name and an alias (after a wrong
 * nationality is shown beside its field), records a conviction (after a judgment date in the future is refused),
 * a release on bail and a royal pardon, and reads the history. Then a police officer and a border officer open the
 * same record, each seeing what their role may see.
 */
class ClerkJourneyIT extends ConsoleJourney {

    private static final String KHMER_NAME = "សុខ សុខា";
    private static final String PURPOSE = "CASE-2026-0107 court order requires registration";

    @Test
    void aClerkRegistersAPersonAndRecordsTheCourtsDecisionsThenPoliceAndBorderOpenTheRecord() throws Exception {
        browser.signIn("clerk", stack.passwords.get("clerk"));
        browser.open("/console/registrants/new");
        assertThat(browser.heading()).isEqualTo("Register a person");
        browser.type("familyName", "SOK");
        browser.type("givenNames", "Sokha");
        browser.type("originalScriptName", KHMER_NAME);
        browser.type("aliases[0].familyName", "SOK");
        browser.type("aliases[0].givenNames", "Sokhar");
        browser.type("aliases[0].dateOfBirth", "1985");
        browser.type("dateOfBirth", "1985-04-17");
        browser.press("sex");
        browser.type("placeOfBirth", "Battambang, Cambodia");
        browser.type("nationalities[0]", "XX");
        browser.select("documents[0].type", "Passport");
        browser.type("documents[0].number", "N01234567");
        browser.type("documents[0].issuingState", "KHM");
        browser.screenshot("clerk-register");

        browser.press("register");
        assertThat(browser.errorBeside("nationalities[0]"))
                .contains("Type the nationality as its three-letter country code");
        assertThat(browser.text()).contains("There is a problem");
        assertThat(browser.driver.findElement(By.id("originalScriptName")).getAttribute("value"))
                .isEqualTo(KHMER_NAME);
        assertThat(browser.driver.findElement(By.id("aliases[0].givenNames")).getAttribute("value"))
                .isEqualTo("Sokhar");
        browser.screenshot("clerk-register-error");

        browser.type("nationalities[0]", "khm");
        browser.press("register");
        // The record is personal data: the clerk states a purpose on the way to it, and the banner waits for them.
        browser.waitFor(By.id("purpose"));
        browser.type("purpose", PURPOSE);
        browser.press("state-purpose");
        browser.waitFor(By.id("banner"));
        assertThat(browser.text()).contains("Registered SOK Sokha");
        String recordPath = new java.net.URI(browser.driver.getCurrentUrl()).getPath();
        assertThat(recordPath).matches("/console/registrants/[0-9a-f-]{36}");
        WebElement khmer = browser.driver.findElement(By.id("original-script-name"));
        assertThat(khmer.getText()).isEqualTo(KHMER_NAME);
        assertThat(khmer.getAttribute("lang")).isEqualTo("km");
        assertThat(browser.driver.findElement(By.id("aliases")).getText())
                .contains("Sokhar")
                .contains("1985");
        assertThat(browser.driver.findElement(By.id("documents")).getText()).contains("N01234567");

        // A conviction, first with a judgment date in the future.
        browser.press("add-conviction");
        assertThat(browser.heading()).isEqualTo("Add a conviction");
        browser.type("court", "Phnom Penh Municipal Court");
        browser.type("caseNumber", "PP-2024-0815");
        browser.type("judgmentDate", "2999-01-01");
        new Select(browser.driver.findElement(By.id("offenceId"))).selectByIndex(1);
        browser.press("victimMinor");
        browser.type("sentenceMonths", "60");
        browser.press("save-conviction");
        assertThat(browser.errorBeside("judgmentDate")).contains("The judgment date cannot be in the future");
        assertThat(browser.driver.findElement(By.id("court")).getAttribute("value"))
                .isEqualTo("Phnom Penh Municipal Court");
        browser.type("judgmentDate", "2024-11-05");
        browser.screenshot("clerk-conviction");
        browser.press("save-conviction");
        browser.waitFor(By.id("banner"));
        assertThat(browser.text()).contains("Conviction recorded (case PP-2024-0815)");
        assertThat(browser.driver.findElement(By.id("convictions")).getText()).contains("PP-2024-0815");
        assertThat(browser.driver.findElement(By.id("registration")).getText()).contains("Active");

        // Bail needs custody: the refusal is shown in the API's words, then the clerk enters the admission first.
        addCustodyEvent("Released on bail", "2025-01-10", "Order PP-2025-0042", null);
        assertThat(browser.errorBeside("type")).contains("can only be recorded while the person is in custody");
        browser.screenshot("clerk-custody");
        browser.click(By.linkText("Back to the record"));
        addCustodyEvent("Taken into custody", "2024-11-05", "Prey Sar prison record 2024/991", null);
        assertThat(browser.text()).contains("Taken into custody recorded. Custody status is now in custody.");
        addCustodyEvent("Released on bail", "2025-01-10", "Order PP-2025-0042", null);
        assertThat(browser.text()).contains("Custody status is now on bail.");
        addCustodyEvent("Royal pardon", "2025-06-01", "Royal decree NS/RKT/0625/117", "NS/RKT/0625/117");
        assertThat(browser.text()).contains("does not end the registration");
        assertThat(browser.driver.findElement(By.id("custody-timeline")).getText())
                .contains("Royal pardon")
                .contains("Released on bail");
        assertThat(browser.driver.findElement(By.id("registration")).getText()).contains("Active");
        browser.screenshot("clerk-record");

        browser.press("history");
        assertThat(browser.heading()).isEqualTo("History of the record");
        String timeline = browser.driver.findElement(By.id("history-timeline")).getText();
        assertThat(timeline)
                .contains("Registered")
                .contains("Conviction recorded")
                .contains("Custody event recorded")
                .contains("clerk");
        browser.screenshot("clerk-history");
        browser.signOut();

        // A police officer opens the same record after stating a purpose, with their own actions.
        browser.signIn("police", stack.passwords.get("police"));
        browser.open(recordPath);
        browser.waitFor(By.id("purpose"));
        browser.type("purpose", "CASE-2026-0042 suspected breach of travel notice");
        browser.press("state-purpose");
        browser.waitFor(By.id("travel-notices"));
        assertThat(browser.driver.findElement(By.id("travel-notices")).getAttribute("href"))
                .endsWith(recordPath + "/travel-notices");
        assertThat(browser.all(By.id("add-conviction"))).isEmpty();
        assertThat(browser.all(By.id("add-address"))).isNotEmpty();
        assertThat(browser.text()).contains("PP-2024-0815");
        browser.screenshot("police-record");
        browser.signOut();

        // A border officer gets the identity view only, as from the API.
        browser.signIn("border", stack.passwords.get("border"));
        browser.open(recordPath);
        browser.waitFor(By.id("purpose"));
        browser.type("purpose", "CASE-2026-0300 traveller at Poipet checkpoint");
        browser.press("state-purpose");
        browser.waitFor(By.id("identity-only"));
        assertThat(browser.text())
                .contains("N01234567")
                .doesNotContain("PP-2024-0815")
                .doesNotContain("Custody timeline");
        assertThat(browser.all(By.id("history"))).isEmpty();
        browser.signOut();
    }

    private static void addCustodyEvent(String type, String effectiveDate, String source, String decree) {
        browser.press("add-custody-event");
        browser.waitFor(By.id("type"));
        browser.select("type", type);
        browser.type("effectiveDate", effectiveDate);
        browser.type("sourceDocument", source);
        if (decree != null) {
            browser.type("decreeNumber", decree);
            browser.type("decreeDate", effectiveDate);
        }
        browser.press("save-custody-event");
        browser.waitFor(By.cssSelector("h1"));
    }
}

package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in to the web console in a real browser: each demo account, a wrong password, the purpose form. */
class ConsoleSignInIT extends ConsoleJourney {

    @Test
    void eachDemoAccountSignsInToItsOwnHomePage() throws Exception {
        Map<String, String> roleLabels = Map.of(
                "clerk",
                "Court clerk",
                "police",
                "Police officer",
                "border",
                "Border officer",
                "admin",
                "Registry admin",
                "auditor",
                "Auditor");
        for (var account : stack.passwords.entrySet()) {
            browser.signIn(account.getKey(), account.getValue());
            assertThat(browser.heading()).isEqualTo("What do you need to do?");
            assertThat(browser.text()).contains(account.getKey()).contains(roleLabels.get(account.getKey()));
            assertThat(browser.driver.getTitle()).isEqualTo("Home – OpenSOR registry");
            browser.screenshot("home-" + account.getKey());
            browser.signOut();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAReadableMessage() throws Exception {
        browser.signIn("police", "not-the-password");
        assertThat(browser.text()).contains("The user name or password is not right");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");
        browser.screenshot("sign-in-refused");
    }

    @Test
    void aPurposeThatIsNotACaseReferenceAndReasonIsShownBesideTheField() throws Exception {
        browser.signIn("police", stack.passwords.get("police"));
        browser.open("/console/purpose");
        browser.type("purpose", "looking");
        browser.press("state-purpose");
        assertThat(browser.errorBeside("purpose")).contains("Write a case reference and then the reason");
        browser.screenshot("purpose-refused");
        browser.type("purpose", "CASE-2026-0042 suspected breach of travel notice");
        browser.press("state-purpose");
        browser.waitFor(By.cssSelector(".registry-purpose strong"));
        assertThat(browser.text()).contains("Working under purpose: CASE-2026-0042 suspected breach of travel notice");
        browser.signOut();
    }
}

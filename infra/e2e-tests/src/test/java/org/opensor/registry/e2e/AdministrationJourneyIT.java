package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The registry administrator and the auditor in a real browser: the administrator creates an account and a webhook
 * subscription (each first refused, with the rule beside the field), rotates the subscription's signing secret and
 * looks at the failed deliveries; the auditor then finds the administrator's actions in the audit trail and
 * verifies that the trail's hash chain is intact.
 */
class AdministrationJourneyIT extends ConsoleJourney {

    @Test
    void theAdministratorManagesAccountsAndWebhooksAndTheAuditorSeesItAll() throws Exception {
        browser.signIn("admin", stack.passwords.get("admin"));
        assertThat(browser.text())
                .contains("Accounts")
                .contains("Agencies and webhooks")
                .contains("Failed deliveries")
                .doesNotContain("Audit trail");

        // An account, first with a password the policy refuses.
        browser.open("/console/accounts");
        browser.press("new-account");
        assertThat(browser.heading()).isEqualTo("Create an account");
        browser.type("username", "s.dara");
        browser.select("role", "Police officer");
        browser.type("unit", "PHNOM-PENH-MUNICIPAL-POLICE");
        browser.type("password", "short1");
        browser.press("create-account");
        assertThat(browser.errorBeside("password")).contains("at least 12 characters");
        assertThat(browser.driver.findElement(By.id("username")).getAttribute("value"))
                .isEqualTo("s.dara");
        browser.screenshot("admin-account-error");
        browser.type("password", "Tonle-Sap-river-2026");
        browser.press("create-account");
        browser.waitForText("Account s.dara created as Police officer");
        assertThat(browser.heading()).isEqualTo("Accounts");
        assertThat(browser.driver.findElement(By.id("account-s.dara")).getText())
                .contains("Police officer")
                .contains("PHNOM-PENH-MUNICIPAL-POLICE")
                .contains("Active");
        browser.screenshot("admin-accounts");

        // A webhook subscription for an agency, first with a URL the worker refuses.
        browser.open("/console/subscriptions");
        browser.press("new-subscription");
        browser.type("agency", "THA-IMMIGRATION");
        browser.type("url", "alerts.immigration.example/opensor");
        browser.press("alertTypes");
        browser.type("countries", "tha");
        browser.press("create-subscription");
        browser.screenshot("admin-subscription-error");
        assertThat(browser.all(By.id("url-error")))
                .as("error beside the URL on a page reading: %s", browser.text())
                .isNotEmpty();
        assertThat(browser.errorBeside("url")).contains("url must be an absolute https URL");
        assertThat(browser.driver.findElement(By.id("agency")).getAttribute("value"))
                .isEqualTo("THA-IMMIGRATION");
        assertThat(browser.driver.findElement(By.id("alertTypes")).isSelected()).isTrue();
        // a plaintext address: refused by the worker, the rule said in the console's words
        browser.type("url", "http://alerts.immigration.example/opensor");
        browser.press("create-subscription");
        assertThat(browser.errorBesideSaying("url", "must start with https://, not http://"))
                .contains("must start with https://, not http://")
                .doesNotContain("url must use https");
        browser.type("url", "https://alerts.immigration.example/opensor");
        browser.press("create-subscription");
        String firstSecret = browser.waitFor(By.id("signing-secret")).getText();
        assertThat(firstSecret).startsWith("whsec_");
        assertThat(browser.heading()).isEqualTo("THA-IMMIGRATION");
        assertThat(browser.text()).contains("Travel notice").contains("countries THA");

        // Rotating: a new secret, shown once, and both valid for a while.
        browser.press("rotate-secret");
        String secondSecret = browser.waitFor(By.id("signing-secret")).getText();
        assertThat(secondSecret).startsWith("whsec_").isNotEqualTo(firstSecret);
        assertThat(browser.text())
                .contains("Both secrets stay valid during the rotation")
                .contains("shown only this once");
        browser.screenshot("admin-subscription-secret");
        browser.driver.navigate().refresh();
        browser.waitFor(By.id("rotate-secret"));
        assertThat(browser.all(By.id("signing-secret"))).isEmpty();

        browser.open("/console/subscriptions");
        assertThat(browser.text())
                .contains("THA-IMMIGRATION")
                .contains("https://alerts.immigration.example/opensor")
                .contains("Secret rotation under way");
        browser.screenshot("admin-subscriptions");

        browser.open("/console/dead-letters");
        assertThat(browser.heading()).isEqualTo("Failed deliveries");
        assertThat(browser.text()).contains("No failed deliveries");
        browser.screenshot("admin-dead-letters");

        browser.open("/console/audit-events");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        browser.open("/console");
        browser.signOut();

        // The auditor finds the administrator's actions and verifies the chain.
        browser.signIn("auditor", stack.passwords.get("auditor"));
        browser.open("/console/audit-events");
        browser.type("actor", "admin");
        browser.type("action", "/console/");
        browser.press("search-audit");
        browser.waitFor(By.id("search-audit"));
        assertThat(browser.all(By.id("audit-entries")))
                .as("audit entries on a page reading: %s", browser.text())
                .isNotEmpty();
        String entries = browser.driver.findElement(By.id("audit-entries")).getText();
        assertThat(entries)
                .contains("POST /console/accounts/new")
                .contains("POST /console/subscriptions/new")
                .contains("POST /console/subscriptions/{id}/secret-rotations")
                .contains("Registry admin")
                .contains("Rejected");
        browser.screenshot("auditor-search");

        browser.open("/console/audit-events/verification");
        browser.press("verify-chain");
        browser.waitFor(By.id("chain-intact"));
        assertThat(browser.text()).contains("The audit chain is intact").contains("entries checked");
        browser.screenshot("auditor-verification");

        browser.open("/console/audit-events/misuse-report");
        assertThat(browser.heading()).isEqualTo("Misuse report");
        browser.signOut();
    }
}

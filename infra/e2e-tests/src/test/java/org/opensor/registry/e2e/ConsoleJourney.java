package org.opensor.registry.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A console journey: the shared running stack and one browser for the test class, closed after it. */
abstract class ConsoleJourney {

    protected static E2eStack stack;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        stack = E2eStack.get();
        browser = new Browser(stack.api.url(), stack.api.certificate());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}

package org.opensor.registry.api.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.console.language.TestBundles;
import org.opensor.registry.notification.adminapi.DeadLetter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 25: why a webhook gave up, in the administrator's words, never the worker's exception name alone. */
class DeadLetterReasonsTest {

    private final ConsoleText text = consoleText();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStatusOrAnExceptionNameBecomesAPlainSentenceInEitherLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(DeadLetterReasons.of(letter(503, "HTTP 503"), text))
                .isEqualTo("The agency's system failed to take the webhook (HTTP answer 503).");
        assertThat(DeadLetterReasons.of(letter(null, "HttpConnectTimeoutException"), text))
                .isEqualTo("The agency's system could not be reached.");

        LocaleContextHolder.setLocale(Locale.forLanguageTag("km"));
        assertThat(DeadLetterReasons.of(letter(null, "HttpTimeoutException"), text))
                .isEqualTo("ប្រព័ន្ធរបស់ស្ថាប័នមិនបានឆ្លើយតបទាន់ពេលទេ។");
        assertThat(DeadLetterReasons.of(letter(null, "SomethingNewException"), text))
                .contains("SomethingNewException")
                .containsPattern("[\\u1780-\\u17FF]");
    }

    private static DeadLetter letter(Integer status, String error) {
        return new DeadLetter(
                UUID.randomUUID(),
                "msg_1",
                UUID.randomUUID(),
                UUID.randomUUID(),
                "ISSUED",
                12,
                status,
                error,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static ConsoleText consoleText() {
        ResourceBundleMessageSource source = TestBundles.of("i18n/console");
        return new ConsoleText(source);
    }
}

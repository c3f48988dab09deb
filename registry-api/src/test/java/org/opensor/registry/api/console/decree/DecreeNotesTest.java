package org.opensor.registry.api.console.decree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.TestBundles;
import org.opensor.registry.api.decree.ImpactPreview;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 25: what a decree does to a line reads in the clerk's language, dates and custody status included. */
class DecreeNotesTest {

    private static final Locale KHMER = Locale.forLanguageTag("km");

    private final DecreeNotes notes = new DecreeNotes(messages(), dates());

    @Test
    void aNoteReadsInKhmerWithItsDatesAndStatusInWords() {
        ImpactPreview.Note moves = new ImpactPreview.Note(
                "sentenceMoves",
                List.of(LocalDate.parse("2029-07-10"), LocalDate.parse("2028-07-10")),
                "end of sentence 2029-07-10 moves to 2028-07-10");
        ImpactPreview.Note free = new ImpactPreview.Note(
                "notInCustody", List.of("ON_PAROLE"), "not in custody (ON_PAROLE): the decree is recorded");

        assertThat(notes.of(moves, KHMER))
                .startsWith("ថ្ងៃផុតទោសផ្លាស់ពី")
                .contains("2029")
                .doesNotContain("2029-07-10");
        assertThat(notes.of(free, KHMER)).contains("មិនកំពុងជាប់ឃុំ").doesNotContain("ON_PAROLE");
        assertThat(notes.of(free, Locale.ENGLISH)).contains("On parole").doesNotContain("ON_PAROLE");
    }

    private static ResourceBundleMessageSource messages() {
        return TestBundles.of("i18n/console", "i18n/decree");
    }

    private static ConsoleDates dates() {
        return new ConsoleDates(ZoneId.of("Asia/Phnom_Penh"));
    }
}

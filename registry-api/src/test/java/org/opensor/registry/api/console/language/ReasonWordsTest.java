package org.opensor.registry.api.console.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchResult;
import org.opensor.registry.matching.score.Reason;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 25 item 4: the matcher explains a hit in English for the API; the console words the same reasons in the
 * officer's language from their codes, keeping the names, dates and numbers the officer checks against the record.
 */
class ReasonWordsTest {

    private static final Locale KHMER = Locale.forLanguageTag("km");

    private final ReasonWords words = new ReasonWords(messages());

    /** SOK Sokha, born 1970-05-12, also known as CHANN Sokha; Cambodian passport N01234567. */
    private static final Identity SOK_SOKHA = Identity.named(PersonName.of("SOK", "Sokha"))
            .withAlias(PersonName.of("CHANN", "Sokha"))
            .bornOn(PartialDate.parse("1970-05-12"))
            .withSex(Sex.MALE)
            .withNationalities("KHM")
            .withDocumentNumbers("N01234567");

    private final MatchResult hit = IdentityScorer.withDefaults()
            .score(
                    Identity.named(PersonName.full("Sokhar Chann"))
                            .bornOn(PartialDate.parse("1970-05-12"))
                            .withSex(Sex.MALE)
                            .withNationalities("KHM")
                            .withDocumentNumbers("N01234567"),
                    SOK_SOKHA);

    @Test
    void aMatcherReasonReadsInKhmerWithTheRecordsOwnParticulars() {
        List<String> khmer =
                hit.explained().stream().map(r -> words.of(r, KHMER)).toList();

        assertThat(khmer).contains("ថ្ងៃខែឆ្នាំកំណើត 1970-05-12 ត្រូវគ្នាទាំងស្រុង", "លេខឯកសារ N01234567 ត្រូវគ្នា");
        assertThat(khmer)
                .as("every reason in Khmer script, none left in the API's English")
                .allMatch(reason -> reason.matches("(?s).*[\\u1780-\\u17FF].*"))
                .noneMatch(reason -> reason.contains("matches") || reason.contains("name similarity"));
        assertThat(khmer).anyMatch(reason -> reason.contains("SOKHAR") && reason.contains("SOKHA"));
    }

    @Test
    void theApiKeepsItsEnglishAndEnglishReadersReadTheSameSense() {
        assertThat(hit.reasons()).contains("date of birth 1970-05-12 matches exactly");
        assertThat(hit.explained().stream().map(r -> words.of(r, Locale.ENGLISH)))
                .contains("date of birth 1970-05-12 matches exactly");
    }

    @Test
    void aReasonWithNoCodeOfItsOwnIsShownInItsEnglishNeverAsACode() {
        assertThat(words.of(Reason.worded("linked by the clerk"), KHMER)).isEqualTo("linked by the clerk");
    }

    static ResourceBundleMessageSource messages() {
        return TestBundles.of("i18n/console");
    }
}

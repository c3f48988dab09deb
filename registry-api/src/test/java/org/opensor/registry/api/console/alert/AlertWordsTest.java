package org.opensor.registry.api.console.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.TestBundles;
import org.opensor.registry.events.alert.AlertIssuedV1.Phrase;
import org.opensor.registry.events.alert.AlertIssuedV1.Wording;
import org.opensor.registry.events.alert.AlertPhraseCodes;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 25: an alert's reason and rationale reach a Khmer desk in Khmer, from the codes the notification worker sends;
 * every code the contract lists has words in both languages, and an alert without codes keeps its English.
 */
class AlertWordsTest {

    private static final Locale KHMER = Locale.forLanguageTag("km");
    /** Every particular any phrase takes, as the worker writes it. */
    private static final Map<String, String> EVERY_PARTICULAR = Map.ofEntries(
            Map.entry("destinations", "THA BKK,VNM SGN"),
            Map.entry("late", "yes"),
            Map.entry("direction", "DEPARTURE"),
            Map.entry("borderPost", "PNH"),
            Map.entry("country", "THA"),
            Map.entry("status", "ON_BAIL"),
            Map.entry("previousStatus", "IN_CUSTODY"),
            Map.entry("releaseDate", "2026-04-14"),
            Map.entry("months", "12"),
            Map.entry("decreeNumber", "NS/RKT/0426/101"),
            Map.entry("child", "yes"),
            Map.entry("wanted", "yes"),
            Map.entry("deportationPending", "yes"),
            Map.entry("requestingStates", "AUS,FRA"),
            Map.entry("release", "PARDON"),
            Map.entry("scheduledOn", "2026-04-14"),
            Map.entry("orderReference", "DO-7"),
            Map.entry("dueBy", "2026-03-31"),
            Map.entry("departureDate", "2026-03-01"),
            Map.entry("pointOfArrival", "BKK"),
            Map.entry("arrivalDate", "2026-03-01"),
            Map.entry("returnDate", "2026-03-15"),
            Map.entry("purpose", "ទេសចរណ៍"),
            Map.entry("matchBand", "STRONG"),
            Map.entry("nationalities", "FRA,GBR"),
            Map.entry("pardon", "no"),
            Map.entry("decreeDate", "2026-04-12"),
            Map.entry("occasion", "ពិធីបុណ្យចូលឆ្នាំ"),
            Map.entry("court", "សាលាដំបូង"),
            Map.entry("caseNumber", "42"),
            Map.entry("offence", "៤២"),
            Map.entry("reference", "AFP-11"),
            Map.entry("interpolNotice", "G-1"),
            Map.entry("orderedOn", "2026-03-01"),
            Map.entry("rationale", "ទោសបានបញ្ចប់"),
            Map.entry("carrier", "TG 585"),
            Map.entry("destination", "FRA"));

    private final AlertWords words = new AlertWords(messages(), new ConsoleDates(ZoneId.of("Asia/Phnom_Penh")));

    @Test
    void anUndeclaredDepartureReadsInKhmerWithTheCountrysNameAndNoEnglishWord() {
        Wording wording = new Wording(
                Phrase.of("undeclared-travel", "direction", "DEPARTURE", "borderPost", "PNH", "country", "KHM"),
                List.of(
                        Phrase.of(
                                "undeclared-travel",
                                "borderPost",
                                "PNH",
                                "country",
                                "KHM",
                                "direction",
                                "DEPARTURE",
                                "matchBand",
                                "STRONG"),
                        Phrase.of("custody", "status", "ON_BAIL"),
                        Phrase.of("undeclared-travel-check")));

        AlertWords.Worded khmer = words.of(wording, KHMER);
        AlertWords.Worded english = words.of(wording, Locale.ENGLISH);

        assertThat(khmer.reason()).isEqualTo("ការចេញដំណើរដោយមិនបានប្រកាស នៅ PNH (កម្ពុជា)");
        assertThat(withoutParticulars(khmer.rationale())).doesNotContainPattern("[A-Za-z]");
        assertThat(khmer.rationale()).contains("កម្ពុជា").contains("នៅក្រៅឃុំដោយមានការធានា");
        assertThat(english.reason()).isEqualTo("Undeclared departure at PNH (Cambodia)");
        assertThat(english.rationale())
                .startsWith("The subject is on the sex-offender register and was screened at PNH (Cambodia, departure,"
                        + " strong match)")
                .endsWith("Confirm the identity and report the outcome.");
    }

    @Test
    void datesAreWrittenAsTheReadersLanguageWritesThem() {
        Wording wording = new Wording(
                Phrase.of("deportation-overdue", "dueBy", "2026-03-31"),
                List.of(Phrase.of("deportation-overdue", "dueBy", "2026-03-31", "orderReference", "DO-7")));

        assertThat(words.of(wording, Locale.ENGLISH).reason())
                .isEqualTo("Deportation overdue: no exit seen by Mar 31, 2026");
        assertThat(words.of(wording, KHMER).reason())
                .doesNotContain("2026-03-31")
                .doesNotContain("Mar");
    }

    @Test
    void everyCodeOfTheContractIsWordedInKhmerAndInEnglish() {
        List<String> faults = new ArrayList<>();
        for (Locale locale : List.of(KHMER, Locale.ENGLISH)) {
            for (String code : AlertPhraseCodes.REASONS) {
                check(faults, locale, code, new Wording(new Phrase(code, EVERY_PARTICULAR), List.of()), true);
            }
            for (String code : AlertPhraseCodes.RATIONALES) {
                check(
                        faults,
                        locale,
                        code,
                        new Wording(
                                Phrase.of("foreign-national-released"), List.of(new Phrase(code, EVERY_PARTICULAR))),
                        false);
            }
        }
        assertThat(faults)
                .as("codes without words, or with a particular left unfilled")
                .isEmpty();
    }

    @Test
    void anAlertWithoutCodesOrWithACodeWithoutWordsKeepsItsEnglish() {
        assertThat(words.of(null, KHMER)).isNull();
        assertThat(words.of(new Wording(Phrase.of("a-later-code"), List.of()), KHMER))
                .isNull();
    }

    private void check(List<String> faults, Locale locale, String code, Wording wording, boolean reason) {
        AlertWords.Worded worded = words.of(wording, locale);
        String text = worded == null ? null : reason ? worded.reason() : worded.rationale();
        if (text == null || text.isBlank() || text.contains("{") || text.contains("}")) {
            faults.add(locale + " " + code + ": " + text);
        } else if (locale.equals(KHMER) && withoutParticulars(text).matches("(?s).*[A-Za-z].*")) {
            faults.add("km " + code + " has English: " + text);
        }
    }

    /** The text without what stays as the records write it in any language (codes, references, numbers as sent). */
    private static String withoutParticulars(String text) {
        return text.replaceAll("PNH|BKK|SGN|NS/RKT/0426/101|DO-7|AFP-11|G-1|TG 585|INTERPOL", "");
    }

    private static ResourceBundleMessageSource messages() {
        return TestBundles.of("i18n/console");
    }
}

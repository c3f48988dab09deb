package org.opensor.registry.api.console.foreign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.TestBundles;
import org.opensor.registry.api.extradition.ExtraditionAssessment;
import org.opensor.registry.api.extradition.ExtraditionAssessment.Criterion;
import org.opensor.registry.api.extradition.ExtraditionAssessment.Reason;
import org.opensor.registry.api.extradition.ExtraditionTreaty;
import org.opensor.registry.api.extradition.ForeignRequest;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 26: the registry's extradition reasoning (penalty months, treaty, nationality) reads in the page's language,
 * with its figures and states in place, for every reason the assessment can give.
 */
class ExtraditionReasonWordsTest {

    private static final Locale KHMER = Locale.forLanguageTag("km");
    private static final Pattern KHMER_SCRIPT = Pattern.compile("[\\u1780-\\u17FF]");
    private static final ExtraditionReasonWords WORDS = new ExtraditionReasonWords(bundles());

    @Test
    void everyReasonTheAssessmentGivesReadsInKhmerWithItsFigures() {
        Set<Reason> seen = EnumSet.noneOf(Reason.class);
        for (ExtraditionAssessment assessment : assessmentsGivingEveryReason()) {
            for (Criterion criterion : assessment.criteria()) {
                seen.add(criterion.reasonCode());
                String khmer = WORDS.of(criterion, KHMER);
                assertThat(khmer)
                        .as(criterion.reasonCode().name())
                        .containsPattern(KHMER_SCRIPT)
                        .doesNotContain("{")
                        .doesNotContain("months")
                        .doesNotContain("two-year-minimum")
                        .doesNotContain("treaty-threshold");
                criterion.reasonArguments().stream()
                        .filter(a -> !a.endsWith("-minimum") && !a.endsWith("-threshold"))
                        .forEach(argument -> assertThat(khmer).contains(argument));
            }
        }
        assertThat(seen).as("a scenario for every reason").containsExactlyInAnyOrder(Reason.values());
    }

    @Test
    void theEnglishPageSaysTheThresholdInWordsAndKeepsTheApostrophes() {
        Criterion penalty = ExtraditionAssessment.of(
                        request("THA", "KHM-2008-42", 12), true, Optional.of(180), Optional.empty(), List.of("THA"))
                .criteria()
                .get(1);

        assertThat(WORDS.of(penalty, Locale.ENGLISH))
                .isEqualTo("The requesting state's law punishes it by at most 12 months, below the two-year minimum"
                        + " (24 months).");
        assertThat(penalty.reason()).as("the API keeps its English").contains("below the two-year minimum");
    }

    private static List<ExtraditionAssessment> assessmentsGivingEveryReason() {
        ExtraditionTreaty lao = treaty("LAO", null);
        ExtraditionTreaty tha = treaty("THA", 12);
        return List.of(
                ExtraditionAssessment.of(
                        request("BRA", null, null), null, Optional.empty(), Optional.empty(), List.of()),
                ExtraditionAssessment.of(
                        request("LAO", "KHM-2008-42", 12), true, Optional.of(180), Optional.of(lao), List.of("KHM")),
                ExtraditionAssessment.of(
                        request("BRA", "FRA-225", 120), false, Optional.of(12), Optional.empty(), List.of("KHM")),
                ExtraditionAssessment.of(
                        request("BRA", "KHM-2008-42", 120), true, Optional.empty(), Optional.empty(), List.of("THA")),
                ExtraditionAssessment.of(
                        request("THA", "KHM-2008-42", 120), true, Optional.of(180), Optional.of(tha), List.of("VNM")));
    }

    private static ForeignRequest request(String state, String mappedOffenceId, Integer foreignMonths) {
        return new ForeignRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                1,
                ForeignRequest.Kind.EXTRADITION_REQUEST,
                state,
                "Trafficking in children",
                mappedOffenceId,
                foreignMonths,
                "REF-1",
                null,
                LocalDate.of(2026, 11, 2),
                true,
                null,
                null,
                "clerk",
                Instant.EPOCH,
                "clerk",
                Instant.EPOCH);
    }

    private static ExtraditionTreaty treaty(String state, Integer minPenaltyMonths) {
        return new ExtraditionTreaty(
                state,
                "Treaty on extradition with " + state,
                LocalDate.of(2000, 1, 1),
                true,
                minPenaltyMonths,
                "test",
                "admin",
                Instant.EPOCH);
    }

    private static ResourceBundleMessageSource bundles() {
        return TestBundles.of("i18n/foreign");
    }
}

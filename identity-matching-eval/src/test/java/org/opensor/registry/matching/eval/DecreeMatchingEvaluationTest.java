package org.opensor.registry.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.link.LinkDecision;

class DecreeMatchingEvaluationTest {

    @Test
    void automaticLinksOnAGeneratedDecreeAreRightAtLeast98TimesIn100() {
        DecreeMatchingEvaluation.Figures figures =
                DecreeMatchingEvaluation.evaluate(800, 300, 26, LinkDecision.DEFAULT_MARGIN);

        assertThat(figures.lines()).isEqualTo(300);
        assertThat(figures.inRegistry()).isLessThan(300);
        assertThat(figures.precisionAtAutoLink()).isGreaterThanOrEqualTo(0.98);
        assertThat(figures.recallWithConfirmation()).isGreaterThan(figures.recallAtAutoLink());
    }

    @Test
    void anOcrSlipSwapsALookalikeInTheLatinName() {
        Identity slipped = DecreeMatchingEvaluation.withOcrSlip(
                Identity.named(PersonName.of("Sam", "Sokhom")), new SplittableRandom(1));

        assertThat(slipped.name().full()).isNotEqualTo("Sam Sokhom").hasSizeBetween(9, 11);
    }
}

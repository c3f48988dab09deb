package org.opensor.registry.api.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.score.MatchBand;

class HitViewTest {

    @Test
    void namesTheAliasTheQueryMatchedAndKeepsTheOtherReasonsAsTheExplanation() {
        HitView view = HitView.of(
                1,
                new IdentityHit(
                        "id-1",
                        "SOK Sokha",
                        0.9312,
                        MatchBand.STRONG,
                        List.of(
                                "name similarity 0.93 with alias CHANN Sokha",
                                "family name CHANN ≈ CHAN: doubled final consonant",
                                "date of birth 1970 agrees with 1970-05-12")));

        assertThat(view.matchedOn()).isEqualTo("alias CHANN Sokha");
        assertThat(view.explanations())
                .containsExactly(
                        "family name CHANN ≈ CHAN: doubled final consonant",
                        "date of birth 1970 agrees with 1970-05-12");
        assertThat(view.score()).isEqualTo("0.93");
        assertThat(view.bandLabel()).isEqualTo("Strong");
        assertThat(view.bandClass()).isEqualTo("registry-band--strong");
        assertThat(view.originalScript()).isFalse();
    }

    @Test
    void showsEveryReasonWhenTheFirstDoesNotNameAMatchedName() {
        HitView view =
                HitView.of(2, new IdentityHit("id-2", "សុខ សុខា", 0.5, MatchBand.WEAK, List.of("nationality differs")));

        assertThat(view.matchedOn()).isNull();
        assertThat(view.explanations()).containsExactly("nationality differs");
        assertThat(view.originalScript()).as("Khmer is rendered with lang=km").isTrue();
    }
}

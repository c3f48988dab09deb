package org.opensor.registry.api.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.Reason;

class HitViewTest {

    @Test
    void namesTheAliasTheQueryMatchedAndKeepsTheOtherReasonsAsTheExplanation() {
        Reason alias = new Reason(
                "name.similarity.alias", List.of("0.93", "CHANN Sokha"), "name similarity 0.93 with alias CHANN Sokha");
        Reason family = new Reason(
                "word.close.FAMILY",
                List.of("CHANN", "CHAN", "doubled final consonant"),
                "family name CHANN ≈ CHAN: doubled final consonant");
        Reason born =
                new Reason("dob.year", List.of("1970", "1970-05-12"), "date of birth 1970 matches year of 1970-05-12");
        HitView view = HitView.of(
                1, IdentityHit.explained("id-1", "SOK Sokha", 0.9312, MatchBand.STRONG, List.of(alias, family, born)));

        assertThat(view.matchedOn()).isEqualTo(alias);
        assertThat(view.explanations()).containsExactly(family, born);
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
        assertThat(view.explanations()).containsExactly(Reason.worded("nationality differs"));
        assertThat(view.originalScript()).as("Khmer is rendered with lang=km").isTrue();
    }
}

package org.opensor.registry.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;

class FuzzyMatchBaselineTest {

    @Test
    void autoFuzzinessFollowsElasticsearch() {
        assertThat(FuzzyMatchBaseline.autoFuzziness("li")).isZero();
        assertThat(FuzzyMatchBaseline.autoFuzziness("chan")).isEqualTo(1);
        assertThat(FuzzyMatchBaseline.autoFuzziness("sokhar")).isEqualTo(2);
    }

    @Test
    void findsOneEditAwayButNotAnotherScript() {
        FuzzyMatchBaseline baseline = new FuzzyMatchBaseline();
        baseline.add("r1", Identity.named(PersonName.of("CHANN", "Sokha")));
        baseline.add("r2", Identity.named(PersonName.of("HENG", "Dara")));

        assertThat(baseline.search(Identity.named(PersonName.full("Chan Sokha")))
                        .getFirst()
                        .id())
                .isEqualTo("r1");
        assertThat(baseline.search(Identity.named(PersonName.full("ចាន់ សុខា"))))
                .isEmpty();
    }

    @Test
    void pairScoreCountsFuzzyTokenMatches() {
        assertThat(FuzzyMatchBaseline.pairScore("Olaf Scholze", "Olaf Scholz")).isEqualTo(1.0);
        assertThat(FuzzyMatchBaseline.pairScore("Hsi Chin-ping", "Xi Jinping")).isLessThan(0.5);
    }
}

package org.opensor.registry.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.eval.SyntheticIdentities;

/** Skipping candidates that cannot reach a band must never lose one that does. */
class ScoreReachingTest {

    private final IdentityScorer scorer = IdentityScorer.withDefaults();
    private final double possible = ScoringSettings.DEFAULTS.floorOf(MatchBand.POSSIBLE);

    private static Identity chanDara(String born) {
        return Identity.named(PersonName.of("CHAN", "Dara")).bornOn(PartialDate.parse(born));
    }

    @Test
    void aNamesakeBornYearsApartCannotBeAPossibleHitAndIsNotCompared() {
        assertThat(scorer.scoreReaching(chanDara("2003-04-04"), chanDara("1965-01-01"), possible))
                .isEmpty();
        assertThat(scorer.score(chanDara("2003-04-04"), chanDara("1965-01-01")).band())
                .isEqualTo(MatchBand.WEAK);
    }

    @Test
    void aDocumentNumberInCommonKeepsItInReach() {
        Identity traveller = chanDara("2003-04-04").withDocumentNumbers("N01234567");
        Identity registrant = chanDara("1965-01-01").withDocumentNumbers("N01234567");

        assertThat(scorer.scoreReaching(traveller, registrant, possible))
                .get()
                .extracting(MatchResult::band)
                .isNotEqualTo(MatchBand.WEAK);
    }

    @Test
    void everyPairThatReachesTheFloorIsScoredExactlyAsBefore() {
        SyntheticIdentities.Dataset data = SyntheticIdentities.generate(400, 3);
        List<Identity> registry = data.registry().stream()
                .map(SyntheticIdentities.Registrant::identity)
                .toList();
        int reaching = 0;
        for (SyntheticIdentities.LabelledQuery labelled : data.queries()) {
            for (Identity candidate : registry) {
                MatchResult full = scorer.score(labelled.query(), candidate);
                var pruned = scorer.scoreReaching(labelled.query(), candidate, possible);
                if (full.score() >= possible) {
                    reaching++;
                    assertThat(pruned)
                            .as("%s against %s", labelled.query(), candidate)
                            .isPresent();
                    assertThat(pruned.get().score()).isEqualTo(full.score());
                    assertThat(pruned.get().band()).isEqualTo(full.band());
                }
            }
        }
        assertThat(reaching).as("pairs at or above the possible threshold").isGreaterThan(300);
    }
}

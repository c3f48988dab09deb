package org.opensor.registry.matching.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.MatchResult;

class LinkDecisionTest {

    private static LinkDecision.Hit hit(String id, double score, MatchBand band) {
        return new LinkDecision.Hit(id, new MatchResult(score, band, List.of("reason")));
    }

    @Test
    void aLoneStrongHitLinksOnItsOwn() {
        LinkDecision decision = LinkDecision.of(
                List.of(hit("a", 0.93, MatchBand.STRONG), hit("b", 0.40, MatchBand.WEAK)), LinkDecision.DEFAULT_MARGIN);

        assertThat(decision.outcome()).isEqualTo(LinkDecision.Outcome.AUTO_LINKED);
        assertThat(decision.candidate()).isEqualTo("a");
        assertThat(decision.runnerUp()).isNull();
    }

    @Test
    void twoStrongHitsAskTheClerk() {
        LinkDecision decision = LinkDecision.of(
                List.of(hit("a", 0.95, MatchBand.STRONG), hit("b", 0.86, MatchBand.STRONG)),
                LinkDecision.DEFAULT_MARGIN);

        assertThat(decision.outcome()).isEqualTo(LinkDecision.Outcome.UNCERTAIN);
        assertThat(decision.candidate()).isEqualTo("a");
    }

    @Test
    void aStrongHitWithAClosePossibleSecondAsksTheClerk() {
        LinkDecision decision = LinkDecision.of(
                List.of(hit("a", 0.86, MatchBand.STRONG), hit("b", 0.84, MatchBand.POSSIBLE)),
                LinkDecision.DEFAULT_MARGIN);

        assertThat(decision.outcome()).isEqualTo(LinkDecision.Outcome.UNCERTAIN);
    }

    @Test
    void aPossibleHitAsksTheClerk() {
        assertThat(LinkDecision.of(List.of(hit("a", 0.78, MatchBand.POSSIBLE)), LinkDecision.DEFAULT_MARGIN)
                        .outcome())
                .isEqualTo(LinkDecision.Outcome.UNCERTAIN);
    }

    @Test
    void onlyWeakHitsMeanNotInTheRegistry() {
        LinkDecision decision = LinkDecision.of(List.of(hit("a", 0.50, MatchBand.WEAK)), LinkDecision.DEFAULT_MARGIN);

        assertThat(decision.outcome()).isEqualTo(LinkDecision.Outcome.NOT_IN_REGISTRY);
        assertThat(decision.candidate()).isNull();
    }
}

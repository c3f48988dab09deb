package org.opensor.registry.matching.link;

import java.util.List;
import java.util.Objects;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.MatchResult;

/**
 * What a list line (a decree's beneficiary, say) is linked to, decided from the ranked hits of an identity search.
 * One rule, shared by registry-api and the decree-matching evaluation, so that the figures describe what runs.
 *
 * @param outcome   linked without a person looking, to be confirmed, or nobody in the registry
 * @param candidate the best hit's id, or null when {@link Outcome#NOT_IN_REGISTRY}
 * @param best      the best hit's result, or null
 * @param runnerUp  the second hit's result, or null when there is none in the possible band or better
 */
public record LinkDecision(Outcome outcome, String candidate, MatchResult best, MatchResult runnerUp) {

    /** How sure the link is. */
    public enum Outcome {
        /** One strong hit, clearly ahead of any other: linked; the clerk may still reject it. */
        AUTO_LINKED,
        /** A hit in the possible band, or a strong hit with a close second: the clerk confirms or rejects. */
        UNCERTAIN,
        /** No hit in the possible band or better: "not in the registry". */
        NOT_IN_REGISTRY
    }

    /** One ranked hit. */
    public record Hit(String id, MatchResult result) {
        public Hit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(result, "result");
        }
    }

    /** How far ahead of the second hit a strong hit must be to link on its own (0.05 of score). */
    public static final double DEFAULT_MARGIN = 0.05;

    /**
     * @param ranked hits best first, as identity search ranks them
     * @param margin how far ahead of the runner-up a strong hit must score to link on its own
     */
    public static LinkDecision of(List<Hit> ranked, double margin) {
        List<Hit> relevant =
                ranked.stream().filter(h -> h.result().band() != MatchBand.WEAK).toList();
        if (relevant.isEmpty()) {
            return new LinkDecision(Outcome.NOT_IN_REGISTRY, null, null, null);
        }
        Hit best = relevant.getFirst();
        MatchResult second = relevant.size() > 1 ? relevant.get(1).result() : null;
        boolean clear = best.result().band() == MatchBand.STRONG
                && (second == null
                        || (second.band() != MatchBand.STRONG && best.result().score() - second.score() >= margin));
        return new LinkDecision(clear ? Outcome.AUTO_LINKED : Outcome.UNCERTAIN, best.id(), best.result(), second);
    }
}

package org.opensor.registry.matching.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.opensor.registry.matching.link.LinkDecision;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.MatchResult;

/**
 * Our two-stage search, in memory, as the search service runs it against Elasticsearch: an inverted index over
 * {@link IdentityKeys}; the records sharing the most informative keys with the query (keys weighted by inverse
 * document frequency, as a {@code terms} query would) become candidates, which {@link IdentityScorer} re-scores.
 */
final class KeyIndexSearch {

    private final List<String> ids = new ArrayList<>();
    private final List<Identity> identities = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final IdentityScorer scorer;
    private final int candidates;

    KeyIndexSearch(IdentityScorer scorer, int candidates) {
        this.scorer = scorer;
        this.candidates = candidates;
    }

    void add(String id, Identity identity) {
        int doc = ids.size();
        ids.add(id);
        identities.add(identity);
        for (String key : IdentityKeys.of(identity)) {
            postings.computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
        }
    }

    /** The hits for {@code query}, best first. */
    List<SearchMetrics.Hit> search(Identity query) {
        return ranked(query).stream()
                .map(h -> new SearchMetrics.Hit(
                        h.id(), h.result().score(), h.result().band() == MatchBand.STRONG))
                .toList();
    }

    /** The candidates for {@code query} with their results, best first, as identity search ranks them. */
    List<LinkDecision.Hit> ranked(Identity query) {
        Map<Integer, Double> overlap = new HashMap<>();
        double docs = ids.size();
        for (String key : IdentityKeys.ofQuery(query)) {
            List<Integer> list = postings.get(key);
            if (list == null) {
                continue;
            }
            double idf = IdentityKeys.boostOf(key) * Math.log(1 + docs / list.size());
            for (int doc : list) {
                overlap.merge(doc, idf, Double::sum);
            }
        }
        List<Map.Entry<Integer, Double>> top = new ArrayList<>(overlap.entrySet());
        top.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
        List<LinkDecision.Hit> scored = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : top.subList(0, Math.min(candidates, top.size()))) {
            int doc = entry.getKey();
            scored.add(new LinkDecision.Hit(ids.get(doc), scorer.score(query, identities.get(doc))));
        }
        // As identity search ranks: by the evidence, the id only keeping equal evidence in a stable order.
        scored.sort(Comparator.comparing(LinkDecision.Hit::result, MatchResult.BEST_FIRST)
                .thenComparing(LinkDecision.Hit::id));
        return scored;
    }
}

package org.opensor.registry.matching.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.MatchResult;

/**
 * How often an identity search answers {@code mayBeIncomplete} as the registry grows, for the candidate query as it is
 * and as it was before an agreeing date of birth or document number weighed more: the screening benchmark's registry
 * (the synthetic generator, seed 7) and its travellers (named queries shuffled with its seed 13, strangers included),
 * candidates from an in-memory index over {@link IdentityKeys} scored as Elasticsearch scores the {@code term} clauses
 * (BM25 idf times the boost; ties in index order, as Lucene breaks them), the 100 best re-scored and ranked as
 * {@code IdentitySearch} ranks them, and the flag raised by its rule: a STRONG hit on the first page, or a POSSIBLE one
 * with no STRONG hit first, that is tied by the keys with a registrant left outside the candidates.
 *
 * <p>Usage: {@code IncompleteShare [--sizes 100000,300000] [--queries 2000] [--candidates 100] [--page 10]
 * [--widen 500]}.
 * <em>Before</em>: the index's own keys of the query (no neighbouring birth years, no swapped letters put back), every
 * key weighing its rarity alone. <em>Now</em>: {@link IdentityKeys#ofQuery} weighted by {@link IdentityKeys#boostOf}.
 * The last column asks the flagged searches again for {@code --widen} candidates: the share still flagged, and the share
 * of searches that would pay for a second request.
 */
public final class IncompleteShare {

    private final IdentityScorer scorer = IdentityScorer.withDefaults();

    private IncompleteShare() {}

    public static void main(String[] args) {
        List<Integer> sizes = List.of(100_000, 300_000);
        int queries = 2000;
        int candidates = 100;
        int page = 10;
        int widened = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(args[++i].split(","))
                            .map(Integer::parseInt)
                            .toList();
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--candidates" -> candidates = Integer.parseInt(args[++i]);
                case "--page" -> page = Integer.parseInt(args[++i]);
                case "--widen" -> widened = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println(
                            "usage: IncompleteShare [--sizes 100000,300000] [--queries N] [--candidates N] [--page N]"
                                    + " [--widen N]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%12s | %7s | %-22s | %-22s | %-40s%n",
                "registrants",
                "queries",
                "mayBeIncomplete before",
                "mayBeIncomplete now",
                "now, asked again for " + widened + " when flagged");
        for (int size : sizes) {
            new IncompleteShare().run(size, queries, candidates, page, widened);
        }
    }

    private void run(int size, int queryCount, int candidates, int page, int widened) {
        SyntheticIdentities.Dataset data = SyntheticIdentities.generate(size, 7);
        Identity[] registrants = new Identity[data.registry().size()];
        String[] ids = new String[registrants.length];
        Map<String, Postings> index = new HashMap<>();
        for (int doc = 0; doc < registrants.length; doc++) {
            SyntheticIdentities.Registrant registrant = data.registry().get(doc);
            registrants[doc] = registrant.identity();
            ids[doc] = registrant.id();
            for (String key : IdentityKeys.of(registrant.identity())) {
                index.computeIfAbsent(key, k -> new Postings()).add(doc);
            }
        }
        List<SyntheticIdentities.LabelledQuery> named = new ArrayList<>(data.queries().stream()
                .filter(q -> q.query().name().family() != null)
                .toList());
        Collections.shuffle(named, new Random(13));
        List<Identity> travellers = named.stream()
                .limit(queryCount)
                .map(SyntheticIdentities.LabelledQuery::query)
                .toList();
        Retrieval before = new Retrieval(index, registrants.length, IdentityKeys::of, key -> 1);
        Retrieval now = new Retrieval(index, registrants.length, IdentityKeys::ofQuery, IdentityKeys::boostOf);
        int incompleteBefore = 0;
        int incompleteNow = 0;
        int incompleteWidened = 0;
        for (Identity traveller : travellers) {
            incompleteBefore +=
                    mayBeIncomplete(traveller, before.candidates(traveller, candidates), registrants, ids, page)
                            ? 1
                            : 0;
            if (mayBeIncomplete(traveller, now.candidates(traveller, candidates), registrants, ids, page)) {
                incompleteNow++;
                // A second, wider request for the flagged searches only: what it would cost and what it would clear.
                incompleteWidened +=
                        mayBeIncomplete(traveller, now.candidates(traveller, widened), registrants, ids, page) ? 1 : 0;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%,12d | %7d | %5d (%5.1f %%)%8s | %5d (%5.1f %%)%8s | %5d (%5.1f %%), a second request for %.1f %%%n",
                registrants.length,
                travellers.size(),
                incompleteBefore,
                100.0 * incompleteBefore / travellers.size(),
                "",
                incompleteNow,
                100.0 * incompleteNow / travellers.size(),
                "",
                incompleteWidened,
                100.0 * incompleteWidened / travellers.size(),
                100.0 * incompleteNow / travellers.size());
    }

    /** {@code IdentitySearch}'s rule, on the candidates as the index hands them over. */
    private boolean mayBeIncomplete(Identity query, Handed handed, Identity[] registrants, String[] ids, int page) {
        record Scored(int doc, MatchResult result, boolean tied) {}
        List<Scored> ranked = new ArrayList<>();
        int firstTied = handed.docs().length - handed.tiedAtTheCut();
        for (int i = 0; i < handed.docs().length; i++) {
            int doc = handed.docs()[i];
            ranked.add(new Scored(doc, scorer.score(query, registrants[doc]), i >= firstTied));
        }
        ranked.sort(Comparator.comparing(Scored::result, MatchResult.BEST_FIRST).thenComparing(s -> ids[s.doc()]));
        boolean answered = !ranked.isEmpty() && ranked.getFirst().result().band() == MatchBand.STRONG;
        return ranked.stream()
                .limit(page)
                .filter(Scored::tied)
                .map(s -> s.result().band())
                .anyMatch(band -> band == MatchBand.STRONG || (band == MatchBand.POSSIBLE && !answered));
    }

    /** The documents handed to re-scoring, best first, and how many of the last ones tie with one left out. */
    private record Handed(int[] docs, int tiedAtTheCut) {}

    /** Stage 1 as Elasticsearch answers the {@code bool/should} of {@code term} clauses. */
    private record Retrieval(
            Map<String, Postings> index,
            int documents,
            Function<Identity, Collection<String>> keysOf,
            ToDoubleFunction<String> boostOf) {

        Handed candidates(Identity query, int limit) {
            double[] score = new double[documents];
            Postings touched = new Postings();
            // Keys in a fixed order, so that registrants sharing the same keys get bit-identical sums, as Lucene's do.
            List<String> keys = new ArrayList<>(keysOf.apply(query));
            Collections.sort(keys);
            for (String key : keys) {
                Postings postings = index.get(key);
                if (postings == null) {
                    continue;
                }
                double idf = boostOf.applyAsDouble(key)
                        * Math.log(1 + (documents - postings.size + 0.5) / (postings.size + 0.5));
                for (int i = 0; i < postings.size; i++) {
                    int doc = postings.docs[i];
                    if (score[doc] == 0) {
                        touched.add(doc);
                    }
                    score[doc] += idf;
                }
            }
            // The best limit + 1, by score and then index order: one more than handed over, to see a tie at the cut.
            Comparator<Integer> best = Comparator.<Integer>comparingDouble(doc -> score[doc])
                    .reversed()
                    .thenComparing(Comparator.naturalOrder());
            PriorityQueue<Integer> worstFirst = new PriorityQueue<>(best.reversed());
            for (int i = 0; i < touched.size; i++) {
                worstFirst.add(touched.docs[i]);
                if (worstFirst.size() > limit + 1) {
                    worstFirst.poll();
                }
            }
            List<Integer> top = new ArrayList<>(worstFirst);
            top.sort(best);
            int handed = Math.min(limit, top.size());
            int tied = 0;
            if (top.size() > limit) {
                double beyond = score[top.get(limit)];
                while (tied < limit && score[top.get(limit - 1 - tied)] == beyond) {
                    tied++;
                }
            }
            return new Handed(
                    top.subList(0, handed).stream().mapToInt(Integer::intValue).toArray(), tied);
        }
    }

    /** A growable list of document numbers. */
    private static final class Postings {
        private int[] docs = new int[2];
        private int size;

        void add(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }
    }
}

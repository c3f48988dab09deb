package org.opensor.registry.matching.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchResult;

/**
 * Why recall@10 falls as the registry grows: for the screening benchmark's registry (the synthetic generator, seed 7)
 * at each size, the sought people missed from the first ten, by class of cause. Candidates come from an in-memory
 * index over {@link IdentityKeys} weighted as Elasticsearch's {@code term} queries are (BM25 idf times
 * {@link IdentityKeys#boostOf}), then are re-scored and ranked as identity search ranks them.
 *
 * <p>Usage: {@code RecallBySize [--sizes 20000,100000] [--sample 2000] [--candidates 100] [--examples N]}. Classes of a
 * miss: <em>not a candidate</em> (the index left the sought person out), split by whether the sought person shared the
 * query's keys exactly as closely as the last candidate (tied at the cut); <em>ranked below ten</em>, split by whether
 * the ten above hold evidence as strong as the sought person's (namesakes the query cannot tell apart: no ranking
 * can put the sought person first among them) or stronger-scored ones that are not as good as they look.
 */
public final class RecallBySize {

    private final IdentityScorer scorer = IdentityScorer.withDefaults();

    private RecallBySize() {}

    public static void main(String[] args) {
        List<Integer> sizes = List.of(20_000, 100_000);
        int sample = 2000;
        int candidates = 100;
        int examples = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = java.util.Arrays.stream(args[++i].split(","))
                            .map(Integer::parseInt)
                            .toList();
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--candidates" -> candidates = Integer.parseInt(args[++i]);
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println(
                            "usage: RecallBySize [--sizes 20000,100000] [--sample N] [--candidates N] [--examples N]");
                    System.exit(2);
                }
            }
        }
        for (int size : sizes) {
            new RecallBySize().run(size, sample, candidates, examples);
        }
    }

    private void run(int size, int sample, int candidates, int examples) {
        SyntheticIdentities.Dataset data = SyntheticIdentities.generate(size, 7);
        List<String> ids = new ArrayList<>();
        Map<String, Identity> byId = new HashMap<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (SyntheticIdentities.Registrant registrant : data.registry()) {
            int doc = ids.size();
            ids.add(registrant.id());
            byId.put(registrant.id(), registrant.identity());
            for (String key : IdentityKeys.of(registrant.identity())) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
            }
        }
        // The benchmark's travellers: named queries, shuffled with its seed; only the sought ones count.
        List<SyntheticIdentities.LabelledQuery> named = new ArrayList<>(data.queries().stream()
                .filter(q -> q.query().name().family() != null)
                .toList());
        Collections.shuffle(named, new Random(13));
        List<SyntheticIdentities.LabelledQuery> sought =
                named.stream().filter(q -> q.expectedId() != null).limit(sample).toList();
        Map<String, Integer> classes = new TreeMap<>();
        Map<String, Map<String, Integer>> missesByVariant = new TreeMap<>();
        int shown = 0;
        for (SyntheticIdentities.LabelledQuery query : sought) {
            String kind = classify(query, ids, byId, postings, candidates);
            classes.merge(kind, 1, Integer::sum);
            if (!kind.startsWith("found")) {
                for (String variant : query.variants()) {
                    missesByVariant.computeIfAbsent(kind, k -> new TreeMap<>()).merge(variant, 1, Integer::sum);
                }
                if (shown++ < examples) {
                    System.err.println("--- " + kind + ": " + query.query() + " " + query.variants());
                    System.err.println("    sought " + byId.get(query.expectedId()));
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%,d registrants, %d sought people (seed 7, shuffled as the benchmark):%n",
                size,
                sought.size());
        classes.forEach((kind, n) ->
                System.out.printf(Locale.ROOT, "  %-58s %5d  %.3f%n", kind, n, (double) n / sought.size()));
        missesByVariant.forEach((kind, variants) -> System.out.printf("  %s, by variant: %s%n", kind, variants));
        System.out.println();
    }

    private String classify(
            SyntheticIdentities.LabelledQuery labelled,
            List<String> ids,
            Map<String, Identity> byId,
            Map<String, List<Integer>> postings,
            int candidates) {
        Identity query = labelled.query();
        Map<Integer, Double> overlap = new HashMap<>();
        double docs = ids.size();
        for (String key : IdentityKeys.ofQuery(query)) {
            List<Integer> list = postings.get(key);
            if (list == null) {
                continue;
            }
            // Lucene's BM25 idf; a keyword field has no length norms, so each shared key adds idf times its boost.
            double idf = IdentityKeys.boostOf(key) * Math.log(1 + (docs - list.size() + 0.5) / (list.size() + 0.5));
            for (int doc : list) {
                overlap.merge(doc, idf, Double::sum);
            }
        }
        List<Map.Entry<Integer, Double>> top = new ArrayList<>(overlap.entrySet());
        top.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int soughtDoc = ids.indexOf(labelled.expectedId());
        double soughtOverlap = overlap.getOrDefault(soughtDoc, 0.0);
        List<Map.Entry<Integer, Double>> handed = top.subList(0, Math.min(candidates, top.size()));
        boolean isCandidate = handed.stream().anyMatch(e -> e.getKey() == soughtDoc);
        MatchResult soughtResult = scorer.score(query, byId.get(labelled.expectedId()));
        if (!isCandidate) {
            if (soughtOverlap == 0) {
                return "missed: not a candidate, shares no key";
            }
            double last = handed.getLast().getValue();
            int better = (int) handed.stream()
                    .filter(e -> MatchResult.BEST_FIRST.compare(
                                    scorer.score(query, byId.get(ids.get(e.getKey()))), soughtResult)
                            <= 0)
                    .count();
            String within = Math.abs(last - soughtOverlap) < 1e-9 ? "tied at the cut" : "below the cut";
            return "missed: not a candidate, " + within
                    + (better >= 10 ? ", >=10 candidates as good" : ", would rank in ten");
        }
        List<MatchResult> results = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : handed) {
            results.add(scorer.score(query, byId.get(ids.get(entry.getKey()))));
        }
        int strictlyBetter = 0;
        int asGood = 0;
        for (int i = 0; i < handed.size(); i++) {
            if (handed.get(i).getKey() == soughtDoc) {
                continue;
            }
            int c = MatchResult.BEST_FIRST.compare(results.get(i), soughtResult);
            if (c < 0) {
                strictlyBetter++;
            } else if (c == 0) {
                asGood++;
            }
        }
        if (strictlyBetter == 0) {
            return asGood < 10 ? "found: first or tied first" : "tied: first equal with >=10 others";
        }
        if (strictlyBetter < 10) {
            return strictlyBetter + asGood < 10 ? "found: in ten" : "tied: in ten or not, by the id";
        }
        return "missed: a candidate, >=10 candidates score better";
    }
}

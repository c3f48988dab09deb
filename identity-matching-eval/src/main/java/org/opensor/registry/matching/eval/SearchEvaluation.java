package org.opensor.registry.matching.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.MatchResult;
import org.opensor.registry.matching.score.ScoringSettings;

/**
 * The search evaluation: our matcher (key retrieval plus {@link IdentityScorer}) against the baseline
 * ({@link FuzzyMatchBaseline}, Elasticsearch {@code match} with fuzziness AUTO on the same names), side by side,
 * on the synthetic set, on the romanization sets ({@link RomanizationSets}: Chinese family and given names in dialect
 * spellings, Thai given names in other Latin spellings) and, when their paths are given, on OpenSanctions' name bench and the FEBRL
 * sets (a tenth of the FEBRL originals left out of the registry, so that their duplicates are strangers).
 * Prints precision, recall and F1 at the possible-band threshold, recall@1 next to recall@10, the share of the sought
 * people in the alerting bands (POSSIBLE or STRONG) beside the share of strangers who raised an alert, and precision
 * at STRONG.
 *
 * <p>Usage: {@code SearchEvaluation [--size N] [--seed S] [--candidates N] [--name-bench cases.csv] [--febrl file.csv ...]}
 * ({@code --candidates}: how many candidates are re-scored per query, default 100).
 * The synthetic set always runs (default 2,000 registrants, seed 5); the logic-v2 frozen scores are read
 * from {@code nomenklatura_name_bench_logicv2_frozen_scores.csv} next to the cases file.
 */
public final class SearchEvaluation {

    private final IdentityScorer scorer = IdentityScorer.withDefaults();
    private final ScoringSettings settings = scorer.settings();
    /** Candidates re-scored per query, as registry-api's {@code registry.search.candidates}. */
    private final int candidates;

    /** How many sought people missed from the alerting bands, and strangers raised, to explain per set (stderr). */
    private final int explain;

    private SearchEvaluation(int candidates, int explain) {
        this.candidates = candidates;
        this.explain = explain;
    }

    public static void main(String[] args) throws IOException {
        int size = 2000;
        long seed = 5;
        int candidates = 100;
        int explain = 0;
        Path nameBench = null;
        List<Path> febrl = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--candidates" -> candidates = Integer.parseInt(args[++i]);
                case "--explain-misses" -> explain = Integer.parseInt(args[++i]);
                case "--name-bench" -> nameBench = Path.of(args[++i]);
                case "--febrl" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        febrl.add(Path.of(args[++i]));
                    }
                }
                default -> {
                    System.err.println(
                            "usage: SearchEvaluation [--size N] [--seed S] [--candidates N] [--name-bench cases.csv] "
                                    + "[--febrl febrl_dataset1.csv ...]");
                    System.exit(2);
                }
            }
        }
        SearchEvaluation evaluation = new SearchEvaluation(candidates, explain);
        System.out.printf(
                Locale.ROOT,
                "threshold %.2f (possible band), strong band from %.2f%n%n",
                evaluation.settings.possibleThreshold(),
                evaluation.settings.strongThreshold());
        evaluation.synthetic(size, seed);
        evaluation.labelled(
                "Chinese family names in Cantonese, Hokkien, Teochew or Hakka spelling, registry in Pinyin",
                RomanizationSets.chineseDialects(size, seed));
        evaluation.labelled(
                "Chinese given names in Cantonese, Hokkien, Teochew or Hakka spelling, registry in Pinyin",
                RomanizationSets.chineseGivenNameDialects(size, seed));
        evaluation.labelled(
                "Thai given names in another common Latin spelling, registry in RTGS",
                RomanizationSets.thaiSpellings(size, seed));
        if (nameBench != null) {
            evaluation.nameBench(nameBench);
        }
        for (Path file : febrl) {
            evaluation.febrl(file);
        }
    }

    private void synthetic(int size, long seed) {
        progress("synthetic: generating %d registrants (seed %d)", size, seed);
        SyntheticIdentities.Dataset data = SyntheticIdentities.generate(size, seed);
        Map<String, Identity> registry = new LinkedHashMap<>();
        data.registry().forEach(r -> registry.put(r.id(), r.identity()));
        List<Map.Entry<Identity, String>> queries = new ArrayList<>();
        data.queries().forEach(q -> queries.add(Map.entry(q.query(), q.expectedId() == null ? "" : q.expectedId())));
        searchBoth(
                "Synthetic set: %d registrants, %d queries (%d not in the registry)"
                        .formatted(
                                registry.size(),
                                queries.size(),
                                queries.stream()
                                        .filter(q -> q.getValue().isEmpty())
                                        .count()),
                registry,
                queries);
    }

    private void labelled(String title, SyntheticIdentities.Dataset data) {
        progress("%s: %d registrants", title, data.registry().size());
        Map<String, Identity> registry = new LinkedHashMap<>();
        data.registry().forEach(r -> registry.put(r.id(), r.identity()));
        List<Map.Entry<Identity, String>> queries = new ArrayList<>();
        data.queries().forEach(q -> queries.add(Map.entry(q.query(), q.expectedId() == null ? "" : q.expectedId())));
        searchBoth(
                "%s: %d registrants, %d queries (%d not in the registry)"
                        .formatted(
                                title,
                                registry.size(),
                                queries.size(),
                                queries.stream()
                                        .filter(q -> q.getValue().isEmpty())
                                        .count()),
                registry,
                queries);
    }

    /** One original in this many is left out of the registry, so that its duplicates are strangers. */
    private static final int FEBRL_LEFT_OUT_EVERY = 10;

    private void febrl(Path file) throws IOException {
        progress("FEBRL %s: reading", file.getFileName());
        Map<String, Identity> registry = new LinkedHashMap<>();
        List<Map.Entry<Identity, String>> queries = new ArrayList<>();
        for (Map<String, String> raw : CsvRows.read(file)) {
            Map<String, String> row = new HashMap<>();
            raw.forEach((k, v) -> row.put(k.strip(), v == null ? "" : v.strip()));
            Identity identity = febrlIdentity(row);
            if (identity == null) {
                continue;
            }
            String recId = row.get("rec_id");
            String[] parts = recId.split("-");
            String originalId = parts[0] + "-" + parts[1] + "-org";
            if (recId.endsWith("-org")) {
                registry.put(recId, identity);
            } else {
                queries.add(Map.entry(identity, originalId));
            }
        }
        queries.removeIf(q -> !registry.containsKey(q.getValue()));
        List<String> leftOut = registry.keySet().stream()
                .filter(id -> Integer.parseInt(id.split("-")[1]) % FEBRL_LEFT_OUT_EVERY == 0)
                .toList();
        leftOut.forEach(registry::remove);
        queries.replaceAll(q -> registry.containsKey(q.getValue()) ? q : Map.entry(q.getKey(), ""));
        searchBoth(
                ("FEBRL %s: %d original records indexed, %d duplicates as queries (%d of them strangers: their original "
                                + "left out)")
                        .formatted(
                                file.getFileName(),
                                registry.size(),
                                queries.size(),
                                queries.stream()
                                        .filter(q -> q.getValue().isEmpty())
                                        .count()),
                registry,
                queries);
    }

    private static Identity febrlIdentity(Map<String, String> row) {
        String surname = row.getOrDefault("surname", "");
        String given = row.getOrDefault("given_name", "");
        if (surname.isBlank() && given.isBlank()) {
            return null;
        }
        Identity identity = Identity.named(PersonName.of(surname, given));
        String dob = row.getOrDefault("date_of_birth", "");
        if (dob.matches("\\d{8}")) {
            try {
                identity = identity.bornOn(PartialDate.of(
                        Integer.parseInt(dob.substring(0, 4)),
                        Integer.parseInt(dob.substring(4, 6)),
                        Integer.parseInt(dob.substring(6, 8))));
            } catch (IllegalArgumentException e) {
                // A typo made the date impossible: the record simply has no usable date of birth.
            }
        }
        String ssn = row.getOrDefault("soc_sec_id", "");
        return ssn.isBlank() ? identity : identity.withDocumentNumbers(ssn);
    }

    private void nameBench(Path cases) throws IOException {
        progress("name bench: scoring person pairs");
        BinaryCounts ours = BinaryCounts.NONE;
        BinaryCounts baseline = BinaryCounts.NONE;
        BinaryCounts oursStrong = BinaryCounts.NONE;
        BinaryCounts baselineStrong = BinaryCounts.NONE;
        Map<String, Identity> registry = new LinkedHashMap<>();
        List<Map.Entry<Identity, String>> queries = new ArrayList<>();
        for (Map<String, String> row : CsvRows.read(cases)) {
            if (!"Person".equals(row.get("schema"))) {
                continue;
            }
            boolean actual = Boolean.parseBoolean(row.get("is_match"));
            MatchResult ourResult = scorer.score(
                    Identity.named(PersonName.full(row.get("name1"))),
                    Identity.named(PersonName.full(row.get("name2"))));
            double our = ourResult.score();
            double base = FuzzyMatchBaseline.pairScore(row.get("name1"), row.get("name2"));
            ours = ours.add(our >= settings.possibleThreshold(), actual);
            baseline = baseline.add(base >= settings.possibleThreshold(), actual);
            oursStrong = oursStrong.add(ourResult.band() == MatchBand.STRONG, actual);
            baselineStrong = baselineStrong.add(base >= settings.strongThreshold(), actual);
            String id = "N:" + row.get("name2");
            registry.putIfAbsent(id, Identity.named(PersonName.full(row.get("name2"))));
            if (actual) {
                queries.add(Map.entry(Identity.named(PersonName.full(row.get("name1"))), id));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "OpenSanctions name bench, %d person pairs: P/R/F1 per pair; recall@k with "
                        + "every distinct name2 (%d) indexed and each matching name1 as a query%n",
                ours.total(),
                registry.size());
        Map<String, SearchMetrics> retrieval = runSearches(registry, queries);
        header();
        row("opensor identity-matching", ours, oursStrong, retrieval.get("ours"));
        row("baseline ES match fuzzy AUTO", baseline, baselineStrong, retrieval.get("baseline"));
        Path frozen = cases.resolveSibling("nomenklatura_name_bench_logicv2_frozen_scores.csv");
        if (Files.exists(frozen)) {
            BinaryCounts person = BinaryCounts.NONE;
            BinaryCounts all = BinaryCounts.NONE;
            for (Map<String, String> row : CsvRows.read(frozen)) {
                boolean actual = Boolean.parseBoolean(row.get("is_match"));
                boolean predicted = Boolean.parseBoolean(row.get("predicted_match"));
                all = all.add(predicted, actual);
                if ("Person".equals(row.get("schema"))) {
                    person = person.add(predicted, actual);
                }
            }
            row("logic-v2 frozen, person pairs", person, null, null);
            row("logic-v2 frozen, all pairs", all, null, null);
        } else {
            System.out.println("(no frozen logic-v2 scores next to " + cases + ")");
        }
        System.out.println();
    }

    private void searchBoth(String title, Map<String, Identity> registry, List<Map.Entry<Identity, String>> queries) {
        Map<String, SearchMetrics> results = runSearches(registry, queries);
        System.out.println(title);
        header();
        searchRow("opensor identity-matching", results.get("ours"));
        searchRow("baseline ES match fuzzy AUTO", results.get("baseline"));
        System.out.printf(
                Locale.ROOT,
                "  R STRONG (ours): %.3f of the queries with a registrant to find got it in the strong band%n",
                results.get("ours").strongRecall());
        System.out.printf(
                Locale.ROOT,
                "  alerting bands (ours / baseline): %.3f / %.3f of the sought people came back POSSIBLE or "
                        + "STRONG (target >= 0.98); strangers raised: %.4f / %.4f of %d (target <= 0.005)%n",
                results.get("ours").soughtAlerted(),
                results.get("baseline").soughtAlerted(),
                results.get("ours").strangersAlarmed(),
                results.get("baseline").strangersAlarmed(),
                results.get("ours").strangers());
        System.out.printf(
                Locale.ROOT,
                "  recall@10 counting ties (ours / baseline): %.3f / %.3f, when a registrant with the same "
                        + "score as the tenth hit (a namesake the query cannot tell apart) counts as found%n",
                results.get("ours").recallAt10CountingTies(),
                results.get("baseline").recallAt10CountingTies());
        System.out.println();
    }

    /** Indexes the registry both ways and runs every query through both searches. */
    private Map<String, SearchMetrics> runSearches(
            Map<String, Identity> registry, List<Map.Entry<Identity, String>> queries) {
        progress("  indexing %d records", registry.size());
        KeyIndexSearch ours = new KeyIndexSearch(scorer, candidates);
        FuzzyMatchBaseline baseline = new FuzzyMatchBaseline();
        registry.forEach((id, identity) -> {
            ours.add(id, identity);
            baseline.add(id, identity);
        });
        SearchMetrics ourMetrics = new SearchMetrics(settings.possibleThreshold(), settings.strongThreshold());
        SearchMetrics baseMetrics = new SearchMetrics(settings.possibleThreshold(), settings.strongThreshold());
        long start = System.nanoTime();
        int done = 0;
        int explained = 0;
        for (Map.Entry<Identity, String> query : queries) {
            String expected = query.getValue().isEmpty() ? null : query.getValue();
            List<SearchMetrics.Hit> ourHits = ours.search(query.getKey());
            ourMetrics.add(ourHits, expected);
            if (explained < explain && wrongBand(ourHits, expected)) {
                explained++;
                explain(query.getKey(), expected == null ? null : registry.get(expected), ourHits, registry);
            }
            baseMetrics.add(baseline.search(query.getKey()), expected);
            if (++done % 1000 == 0) {
                progress("  %d/%d queries", done, queries.size());
            }
        }
        progress("  %d queries in %.1f s", queries.size(), (System.nanoTime() - start) / 1e9);
        return Map.of("ours", ourMetrics, "baseline", baseMetrics);
    }

    private boolean wrongBand(List<SearchMetrics.Hit> hits, String expected) {
        double possible = settings.possibleThreshold();
        return expected == null
                ? hits.stream().anyMatch(h -> h.score() >= possible)
                : hits.stream().noneMatch(h -> h.id().equals(expected) && h.score() >= possible);
    }

    /** A query missed from the alerting bands, or a stranger raised: the query, the record, the first hit and why. */
    private void explain(
            Identity query, Identity sought, List<SearchMetrics.Hit> hits, Map<String, Identity> registry) {
        System.err.println("--- " + (sought == null ? "stranger raised: " : "sought, not alerted: ") + query);
        if (sought != null) {
            MatchResult result = scorer.score(query, sought);
            System.err.printf(
                    Locale.ROOT, "  sought %s: %.3f %s %s%n", sought, result.score(), result.band(), result.reasons());
        }
        if (!hits.isEmpty()) {
            MatchResult first = scorer.score(query, registry.get(hits.getFirst().id()));
            System.err.printf(
                    Locale.ROOT,
                    "  first %s: %.3f %s %s%n",
                    registry.get(hits.getFirst().id()),
                    first.score(),
                    first.band(),
                    first.reasons());
        }
    }

    private static void header() {
        System.out.printf(
                Locale.ROOT,
                "  %-30s %6s %6s %6s %8s %9s %9s %8s %9s%n",
                "matcher",
                "P",
                "R",
                "F1",
                "recall@1",
                "recall@10",
                "P STRONG",
                "alerted",
                "strangers");
    }

    private static void searchRow(String name, SearchMetrics m) {
        System.out.printf(
                Locale.ROOT,
                "  %-30s %6.3f %6.3f %6.3f %8.3f %9.3f %9s %8.3f %9s%n",
                name,
                m.precision(),
                m.recall(),
                m.f1(),
                m.recallAt1(),
                m.recallAt10(),
                m.strongHits() == 0 ? "-" : "%.3f".formatted(m.strongPrecision()),
                m.soughtAlerted(),
                m.strangers() == 0 ? "-" : "%.4f".formatted(m.strangersAlarmed()));
    }

    private static void row(String name, BinaryCounts pairs, BinaryCounts strong, SearchMetrics retrieval) {
        System.out.printf(
                Locale.ROOT,
                "  %-30s %6.3f %6.3f %6.3f %8s %9s %9s %8s %9s%n",
                name,
                pairs.precision(),
                pairs.recall(),
                pairs.f1(),
                retrieval == null ? "-" : "%.3f".formatted(retrieval.recallAt1()),
                retrieval == null ? "-" : "%.3f".formatted(retrieval.recallAt10()),
                strong == null || strong.truePositives() + strong.falsePositives() == 0
                        ? "-"
                        : "%.3f".formatted(strong.precision()),
                "-",
                "-");
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }
}

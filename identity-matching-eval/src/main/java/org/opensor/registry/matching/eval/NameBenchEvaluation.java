package org.opensor.registry.matching.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchResult;

/**
 * Measures the name scorer on OpenSanctions' nomenklatura name bench and prints precision, recall and F1 at the
 * possible-band threshold (0.70) next to the frozen scores of OpenSanctions' logic-v2 matcher.
 *
 * <p>Usage: {@code NameBenchEvaluation <nomenklatura_name_bench_cases.csv> [logicv2_frozen_scores.csv]
 * [--all] [--errors]}. The frozen scores default to {@code nomenklatura_name_bench_logicv2_frozen_scores.csv}
 * next to the cases file. Only Person pairs are scored unless {@code --all} is given; {@code --errors} lists
 * the pairs we get wrong.
 */
public final class NameBenchEvaluation {

    private static final String PERSON = "Person";

    private NameBenchEvaluation() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: NameBenchEvaluation <nomenklatura_name_bench_cases.csv> "
                    + "[logicv2_frozen_scores.csv] [--all] [--errors]");
            System.exit(2);
        }
        Path cases = Path.of(args[0]);
        Path frozen = cases.resolveSibling("nomenklatura_name_bench_logicv2_frozen_scores.csv");
        boolean allSchemas = false;
        boolean listErrors = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--all" -> allSchemas = true;
                case "--errors" -> listErrors = true;
                default -> frozen = Path.of(args[i]);
            }
        }
        IdentityScorer scorer = IdentityScorer.withDefaults();
        double threshold = scorer.settings().possibleThreshold();

        BinaryCounts ours = BinaryCounts.NONE;
        List<String> errors = new ArrayList<>();
        for (Map<String, String> row : CsvRows.read(cases)) {
            if (!allSchemas && !PERSON.equals(row.get("schema"))) {
                continue;
            }
            boolean actual = Boolean.parseBoolean(row.get("is_match"));
            MatchResult result = scorer.score(
                    Identity.named(PersonName.full(row.get("name1"))),
                    Identity.named(PersonName.full(row.get("name2"))));
            boolean predicted = result.score() >= threshold;
            ours = ours.add(predicted, actual);
            if (predicted != actual) {
                errors.add("%s %.3f  %s | %s"
                        .formatted(predicted ? "FP" : "FN", result.score(), row.get("name1"), row.get("name2")));
            }
        }

        System.out.printf(
                Locale.ROOT,
                "OpenSanctions name bench, %s pairs, threshold %.2f%n",
                allSchemas ? "all" : "Person",
                threshold);
        System.out.printf(Locale.ROOT, "%-28s %6s %6s %6s %6s%n", "matcher", "pairs", "P", "R", "F1");
        print("opensor identity-matching", ours);
        if (Files.exists(frozen)) {
            BinaryCounts baselineSame = BinaryCounts.NONE;
            BinaryCounts baselineAll = BinaryCounts.NONE;
            for (Map<String, String> row : CsvRows.read(frozen)) {
                boolean actual = Boolean.parseBoolean(row.get("is_match"));
                boolean predicted = Boolean.parseBoolean(row.get("predicted_match"));
                baselineAll = baselineAll.add(predicted, actual);
                if (allSchemas || PERSON.equals(row.get("schema"))) {
                    baselineSame = baselineSame.add(predicted, actual);
                }
            }
            print("logic-v2 (frozen), same set", baselineSame);
            print("logic-v2 (frozen), all pairs", baselineAll);
        } else {
            System.out.println("(no frozen logic-v2 scores at " + frozen + ")");
        }
        if (listErrors) {
            errors.forEach(System.out::println);
        }
    }

    private static void print(String name, BinaryCounts counts) {
        System.out.printf(
                Locale.ROOT,
                "%-28s %6d %6.3f %6.3f %6.3f%n",
                name,
                counts.total(),
                counts.precision(),
                counts.recall(),
                counts.f1());
    }
}

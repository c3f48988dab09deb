package org.opensor.registry.matching.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.link.LinkDecision;
import org.opensor.registry.matching.score.IdentityScorer;

/**
 * Precision and recall of decree-line linking: a generated registry, a generated decree whose lines are its people
 * as a clerk types or a scanner reads them (Khmer script, other romanizations, typing and OCR-like slips, dates
 * partly known, document numbers with a misread character) and people not in the registry; each line searched as
 * registry-api searches it and decided by {@link LinkDecision}, the rule registry-api applies.
 *
 * <p>Usage: {@code DecreeMatchingEvaluation [--size N] [--lines N] [--seed S] [--margin M]} (defaults 2,000 registrants,
 * 500 lines, seed 26, margin {@value LinkDecision#DEFAULT_MARGIN}).
 */
public final class DecreeMatchingEvaluation {

    /** Counts over one decree. */
    record Figures(
            int lines,
            int inRegistry,
            int autoLinked,
            int autoLinkedRight,
            int uncertain,
            int uncertainRightCandidate,
            int notInRegistrySaid,
            int notInRegistryRight,
            int missed) {

        /** Share of automatic links that name the right person. */
        double precisionAtAutoLink() {
            return autoLinked == 0 ? 1.0 : (double) autoLinkedRight / autoLinked;
        }

        /** Share of lines for someone in the registry that link to them without the clerk. */
        double recallAtAutoLink() {
            return inRegistry == 0 ? 1.0 : (double) autoLinkedRight / inRegistry;
        }

        /** Share of lines for someone in the registry whose right person is proposed (linked or to confirm). */
        double recallWithConfirmation() {
            return inRegistry == 0 ? 1.0 : (double) (autoLinkedRight + uncertainRightCandidate) / inRegistry;
        }
    }

    private DecreeMatchingEvaluation() {}

    public static void main(String[] args) {
        int size = 2000;
        int lines = 500;
        long seed = 26;
        double margin = LinkDecision.DEFAULT_MARGIN;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--lines" -> lines = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--margin" -> margin = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println(
                            "usage: DecreeMatchingEvaluation [--size N] [--lines N] [--seed S] [--margin M]");
                    System.exit(2);
                }
            }
        }
        long started = System.nanoTime();
        Figures figures = evaluate(size, lines, seed, margin);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "decree of %d lines against %d registrants (seed %d, margin %.2f)%n",
                figures.lines(),
                size,
                seed,
                margin);
        System.out.printf(
                Locale.ROOT,
                "  in the registry %d, not in the registry %d%n",
                figures.inRegistry(),
                figures.lines() - figures.inRegistry());
        System.out.printf(
                Locale.ROOT,
                "  auto-linked %d (right %d): precision %.4f, recall %.4f%n",
                figures.autoLinked(),
                figures.autoLinkedRight(),
                figures.precisionAtAutoLink(),
                figures.recallAtAutoLink());
        System.out.printf(
                Locale.ROOT,
                "  to confirm %d (right person proposed %d): recall with confirmation %.4f%n",
                figures.uncertain(),
                figures.uncertainRightCandidate(),
                figures.recallWithConfirmation());
        System.out.printf(
                Locale.ROOT,
                "  said not in the registry %d (right %d); people in the registry missed %d%n",
                figures.notInRegistrySaid(),
                figures.notInRegistryRight(),
                figures.missed());
        System.out.printf(Locale.ROOT, "  matched in %d ms%n", millis);
    }

    static Figures evaluate(int size, int lines, long seed, double margin) {
        SyntheticIdentities.Dataset dataset = SyntheticIdentities.generate(size, seed);
        KeyIndexSearch search = new KeyIndexSearch(IdentityScorer.withDefaults(), 100);
        dataset.registry().forEach(r -> search.add(r.id(), r.identity()));
        SplittableRandom random = new SplittableRandom(seed);
        List<SyntheticIdentities.LabelledQuery> decree = new ArrayList<>(dataset.queries());
        // A decree lists each person once, in no particular order.
        java.util.Collections.shuffle(decree, new java.util.Random(seed));
        decree = decree.subList(0, Math.min(lines, decree.size()));
        int inRegistry = 0;
        int autoLinked = 0;
        int autoRight = 0;
        int uncertain = 0;
        int uncertainRight = 0;
        int notSaid = 0;
        int notRight = 0;
        int missed = 0;
        for (SyntheticIdentities.LabelledQuery line : decree) {
            Identity typed = random.nextInt(6) == 0 ? withOcrSlip(line.query(), random) : line.query();
            LinkDecision decision = LinkDecision.of(search.ranked(typed), margin);
            boolean known = line.expectedId() != null;
            inRegistry += known ? 1 : 0;
            switch (decision.outcome()) {
                case AUTO_LINKED -> {
                    autoLinked++;
                    autoRight += known && line.expectedId().equals(decision.candidate()) ? 1 : 0;
                }
                case UNCERTAIN -> {
                    uncertain++;
                    uncertainRight += known && line.expectedId().equals(decision.candidate()) ? 1 : 0;
                }
                case NOT_IN_REGISTRY -> {
                    notSaid++;
                    notRight += known ? 0 : 1;
                    missed += known ? 1 : 0;
                }
            }
        }
        return new Figures(
                decree.size(), inRegistry, autoLinked, autoRight, uncertain, uncertainRight, notSaid, notRight, missed);
    }

    /** The line's Latin name as a scanner may misread it: one lookalike swapped (rn/m, l/I, O/0, cl/d). */
    static Identity withOcrSlip(Identity identity, SplittableRandom random) {
        PersonName name = identity.name();
        String text = name.full() != null ? name.full() : name.family() + " " + name.given();
        String[][] lookalikes = {{"m", "rn"}, {"rn", "m"}, {"l", "I"}, {"o", "0"}, {"d", "cl"}, {"h", "b"}, {"e", "c"}};
        for (int tries = 0; tries < lookalikes.length; tries++) {
            String[] pair = lookalikes[random.nextInt(lookalikes.length)];
            int at = text.indexOf(pair[0], 1);
            if (at > 0) {
                String slipped = text.substring(0, at) + pair[1] + text.substring(at + pair[0].length());
                return new Identity(
                        PersonName.full(slipped),
                        identity.aliases(),
                        identity.dateOfBirth(),
                        identity.sex(),
                        identity.nationalities(),
                        identity.documentNumbers());
            }
        }
        return identity;
    }
}

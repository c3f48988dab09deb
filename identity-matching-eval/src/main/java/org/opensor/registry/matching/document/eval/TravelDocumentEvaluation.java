package org.opensor.registry.matching.document.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opensor.registry.matching.document.mrz.MrzParser;
import org.opensor.registry.matching.document.mrz.MrzReading;
import org.opensor.registry.matching.document.paxlst.ManifestTraveller;
import org.opensor.registry.matching.document.paxlst.PaxlstInterchange;
import org.opensor.registry.matching.document.paxlst.PaxlstParser;
import org.opensor.registry.matching.document.paxlst.PaxlstProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the travel document readers over the public reference data and prints, case by case, what passed and what
 * did not, then totals.
 *
 * <p>Usage: {@code TravelDocumentEvaluation <data folder>} where the folder holds {@code mrz/mrz_cases.json}
 * (extracted from cheminfo/mrz's tests) and {@code paxlst/*.txt} (GTAS sample manifests). An MRZ case passes when
 * every field that library asserts matches; a manifest passes when it is read without errors and every traveller
 * has a surname and a date of birth.
 */
public final class TravelDocumentEvaluation {

    private TravelDocumentEvaluation() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TravelDocumentEvaluation <data folder with mrz/ and paxlst/>");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int[] mrz = evaluateMrz(folder.resolve("mrz/mrz_cases.json"));
        int[] paxlst = evaluatePaxlst(folder.resolve("paxlst"));
        System.out.printf(
                "%nMRZ: %d passed, %d failed (%d with expected differences: UTO rejected by the source)%n",
                mrz[0], mrz[1], mrz[2]);
        System.out.printf("PAXLST: %d passed, %d failed%n", paxlst[0], paxlst[1]);
        System.out.printf("%d passed, %d failed%n", mrz[0] + paxlst[0], mrz[1] + paxlst[1]);
    }

    private static int[] evaluateMrz(Path casesFile) {
        MrzParser parser = new MrzParser(Clock.systemDefaultZone());
        JsonNode cases = new ObjectMapper().readTree(casesFile.toFile()).get("cases");
        int passed = 0;
        int failed = 0;
        int withExpectedDifferences = 0;
        System.out.println("== MRZ cases (" + casesFile + ")");
        for (JsonNode testCase : cases) {
            List<String> lines =
                    testCase.get("mrz").valueStream().map(JsonNode::asString).toList();
            MrzReading reading = parser.read(String.join("\n", lines));
            JsonNode format = testCase.get("expected_format");
            JsonNode valid = testCase.get("expected_valid");
            MrzCaseCheck check = new MrzCaseCheck(
                    reading,
                    format == null ? null : format.asString(),
                    valid == null ? null : valid.asBoolean(),
                    expectedFields(testCase.get("expected_fields")));
            String name = testCase.get("test").asString() + " ["
                    + testCase.get("source_file").asString() + "]";
            if (check.passed()) {
                passed++;
                System.out.println(
                        "PASSED " + name + (reading.warnings().isEmpty() ? "" : " warnings: " + reading.warnings()));
            } else {
                failed++;
                System.out.println("FAILED " + name + ": " + check.differences);
            }
            if (!check.expectedDifferences.isEmpty()) {
                withExpectedDifferences++;
                System.out.println("       expected differences: " + check.expectedDifferences);
            }
        }
        return new int[] {passed, failed, withExpectedDifferences};
    }

    private static Map<String, String> expectedFields(JsonNode fields) {
        Map<String, String> expected = new LinkedHashMap<>();
        if (fields != null) {
            fields.properties()
                    .forEach(e -> expected.put(
                            e.getKey(),
                            e.getValue().isNull() ? null : e.getValue().asString()));
        }
        return expected;
    }

    private static int[] evaluatePaxlst(Path folder) throws IOException {
        PaxlstParser parser = new PaxlstParser(Clock.systemDefaultZone());
        int passed = 0;
        int failed = 0;
        System.out.println("== PAXLST manifests (" + folder + ")");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")
                            && !p.getFileName().toString().contains("LICENSE"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            PaxlstInterchange interchange;
            try (InputStream in = Files.newInputStream(file)) {
                interchange = parser.parse(in);
            }
            List<PaxlstProblem> problems = interchange.allProblems();
            List<PaxlstProblem> errors =
                    problems.stream().filter(PaxlstProblem::isError).toList();
            List<ManifestTraveller> travellers = interchange.travellers();
            long incomplete = travellers.stream()
                    .filter(t -> t.holder().surname() == null || t.holder().dateOfBirth() == null)
                    .count();
            String summary = "%s: %d message(s), %d traveller(s), interchange %s, %d warning(s)"
                    .formatted(
                            file.getFileName(),
                            interchange.messages().size(),
                            travellers.size(),
                            interchange.controlReference(),
                            problems.size() - errors.size());
            if (errors.isEmpty() && !travellers.isEmpty() && incomplete == 0) {
                passed++;
                System.out.println("PASSED " + summary);
            } else {
                failed++;
                System.out.println("FAILED " + summary + "; errors " + errors + ", " + incomplete
                        + " traveller(s) without surname or date of birth");
            }
            problems.stream().filter(p -> !p.isError()).forEach(p -> System.out.println("       " + p));
        }
        return new int[] {passed, failed};
    }
}

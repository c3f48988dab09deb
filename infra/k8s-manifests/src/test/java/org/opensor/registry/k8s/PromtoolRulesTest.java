package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * promtool (Debian's prometheus package; infra/observability/install puts it there when root may) checks the rule
 * files, runs their unit tests, and checks the local stack's prometheus.yml. Skipped, saying why, without promtool.
 */
class PromtoolRulesTest {

    private static final Path OBSERVABILITY = Repository.ROOT.resolve("infra/observability");
    private static String promtool;

    @BeforeAll
    static void findOrInstallPromtool() throws Exception {
        promtool = onPath();
        if (promtool == null) {
            Result install = run(List.of(OBSERVABILITY.resolve("install").toString()), Repository.ROOT);
            System.out.println(install.output());
            promtool = onPath();
        }
        Assumptions.assumeTrue(
                promtool != null,
                "promtool is not installed and infra/observability/install could not install it: the alert rules are NOT tested");
    }

    @Test
    void theRuleFilesAreValid() throws Exception {
        List<String> command = new ArrayList<>(List.of(promtool, "check", "rules"));
        command.addAll(files("rules", ".yml"));
        Result result = run(command, OBSERVABILITY);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void everyAlertPassesItsUnitTests() throws Exception {
        List<String> command = new ArrayList<>(List.of(promtool, "test", "rules"));
        command.addAll(files("tests", ".test.yml"));
        Result result = run(command, OBSERVABILITY);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAUnitTest() throws IOException {
        String rules = Files.readString(OBSERVABILITY.resolve("rules/opensor-alerts.yml"));
        StringBuilder tests = new StringBuilder();
        for (String test : files("tests", ".test.yml")) {
            tests.append(Files.readString(OBSERVABILITY.resolve(test)));
        }
        List<String> alerts = rules.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("- alert: "))
                .map(l -> l.substring("- alert: ".length()))
                .distinct()
                .toList();
        assertThat(alerts)
                .isNotEmpty()
                .allSatisfy(alert -> assertThat(tests.toString()).contains("alertname: " + alert));
    }

    @Test
    void theLocalStacksPrometheusConfigurationIsValid() throws Exception {
        Result result = run(List.of(promtool, "check", "config", "--syntax-only", "prometheus.yml"), OBSERVABILITY);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private static List<String> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(OBSERVABILITY.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .map(f -> OBSERVABILITY.relativize(f).toString())
                    .toList();
        }
    }

    private static String onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}

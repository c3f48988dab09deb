package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every metric an alert rule uses is accounted for in infra/observability/metric-sources.tsv, and the file tells
 * the truth: a "code" meter is registered in the services' Java, a "library" one comes from a class on the
 * classpath, a "gap" is not registered anywhere (when someone adds it, this fails until the file says so).
 */
class MetricSourcesTest {

    private static final Path OBSERVABILITY = Repository.ROOT.resolve("infra/observability");
    private static final Set<String> PROMQL_WORDS = Set.of(
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "sum",
            "max",
            "min",
            "avg",
            "count",
            "rate",
            "increase",
            "irate",
            "absent",
            "humanizePercentage",
            "humanizeDuration");

    private final Map<String, Source> sources = sources();

    @Test
    void everyMetricInTheRulesIsAccountedFor() {
        assertThat(metricsInRules())
                .contains("up", "registry_worker_webhooks_total", "kafka_consumer_fetch_manager_records_lag_max");
        assertThat(sources.keySet()).containsAll(metricsInRules());
    }

    @Test
    void codeMetersAreRegisteredAndGapsAreNot() {
        String java = javaSources();
        sources.values().forEach(source -> {
            boolean registered = java.contains("\"" + source.meter() + "\"");
            switch (source.kind()) {
                case "code" ->
                    assertThat(registered)
                            .as(source.meter() + " registered by a service")
                            .isTrue();
                case "gap" ->
                    assertThat(registered)
                            .as(source.meter() + " is registered now: mark it 'code' in metric-sources.tsv")
                            .isFalse();
                case "library" ->
                    assertThat(source.meter().startsWith("(") || classExists(source.meter()))
                            .as(source.meter())
                            .isTrue();
                case "pending-merge" -> {}
                default -> throw new AssertionError("unknown kind " + source.kind());
            }
        });
    }

    /** Metric names in the rules' expressions: identifiers that are neither PromQL words, functions, nor labels. */
    private static Set<String> metricsInRules() {
        Set<String> metrics = new java.util.TreeSet<>();
        Pattern name = Pattern.compile("\\b([a-zA-Z_][a-zA-Z0-9_]*)\\b(?!\\s*\\()");
        for (JsonNode group :
                Yaml.document(OBSERVABILITY.resolve("rules/opensor-alerts.yml")).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String expr = rule.path("expr")
                        .asString()
                        .replaceAll("\\{[^}]*\\}", " ")
                        .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ")
                        .replaceAll("\\[[^]]*\\]", " ");
                Matcher m = name.matcher(expr);
                while (m.find()) {
                    if (!PROMQL_WORDS.contains(m.group(1))) {
                        metrics.add(m.group(1));
                    }
                }
            }
        }
        return metrics;
    }

    private static Map<String, Source> sources() {
        try {
            return Files.readAllLines(OBSERVABILITY.resolve("metric-sources.tsv")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> new Source(f[0], f[1], f[2]))
                    .collect(Collectors.toMap(Source::prometheusName, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaSources() {
        try (Stream<Path> files = Files.walk(Repository.ROOT)) {
            List<Path> java = files.filter(
                            f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                    .toList();
            StringBuilder all = new StringBuilder();
            for (Path file : java) {
                all.append(Files.readString(file));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, MetricSourcesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private record Source(String prometheusName, String kind, String meter) {}
}

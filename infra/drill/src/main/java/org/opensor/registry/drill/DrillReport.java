package org.opensor.registry.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a drill measured: the registrations written in each phase and how many came back (the RPO in data), the gap
 * between the last archived WAL segment and the failure (the RPO in time), and each step of the restore (the RTO).
 *
 * @param archiveTimeout        PostgreSQL's {@code archive_timeout}: the most a failure can lose, in time
 * @param written               phase → registrations written in it, in the order they were written
 * @param recovered             phase → how many of them the restored database holds
 * @param lastArchiveBeforeFailure when the last WAL segment reached the archive before the failure
 * @param failureAt             when the drill crashed the database
 * @param restoreSteps          step → how long it took, from the start of the restore to the last check
 * @param checks                what was verified on the restored stack, in order
 * @param notes                 what was measured but is not a pass or a fail (index size, audit entries lost)
 */
record DrillReport(
        Duration archiveTimeout,
        Map<String, Integer> written,
        Map<String, Integer> recovered,
        Instant lastArchiveBeforeFailure,
        Instant failureAt,
        Map<String, Duration> restoreSteps,
        List<Check> checks,
        List<String> notes) {

    /** One verification on the restored stack. */
    record Check(String what, boolean passed, String detail) {}

    DrillReport {
        written = new LinkedHashMap<>(written);
        recovered = new LinkedHashMap<>(recovered);
        restoreSteps = new LinkedHashMap<>(restoreSteps);
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }

    boolean verified() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    /** Registrations written but not restored: the writes after the last archived segment. */
    int registrationsLost() {
        return written.entrySet().stream()
                .mapToInt(e -> e.getValue() - recovered.getOrDefault(e.getKey(), 0))
                .sum();
    }

    /** The time before the failure whose writes were at risk: since the last segment reached the archive. */
    Duration dataLossWindow() {
        return Duration.between(lastArchiveBeforeFailure, failureAt);
    }

    /** From the start of the restore until the last check passed. */
    Duration recoveryTime() {
        return restoreSteps.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-44s %s", "MEASURE", "VALUE"));
        lines.add(String.format("%-44s %s", "RPO bound (archive_timeout)", seconds(archiveTimeout)));
        lines.add(String.format(
                "%-44s %s (%d of %d registrations lost)",
                "RPO measured (last archived WAL to failure)",
                seconds(dataLossWindow()),
                registrationsLost(),
                written.values().stream().mapToInt(Integer::intValue).sum()));
        written.forEach((phase, count) -> lines.add(
                String.format("%-44s %d of %d", "  restored: " + phase, recovered.getOrDefault(phase, 0), count)));
        lines.add(String.format("%-44s %s", "RTO (restore start to verified)", seconds(recoveryTime())));
        restoreSteps.forEach((step, took) -> lines.add(String.format("%-44s %s", "  " + step, seconds(took))));
        lines.add("");
        lines.add(String.format("%-44s %s", "CHECK ON THE RESTORED STACK", "RESULT"));
        for (Check check : checks) {
            lines.add(String.format(
                    "%-44s %s%s",
                    check.what(),
                    check.passed() ? "ok" : "FAILED",
                    check.detail().isEmpty() ? "" : " (" + check.detail() + ")"));
        }
        notes.forEach(note -> lines.add("note: " + note));
        lines.add("");
        lines.add(
                verified()
                        ? "VERIFIED: the restored registry passed every check"
                        : "NOT VERIFIED: see the failed checks");
        return lines;
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}

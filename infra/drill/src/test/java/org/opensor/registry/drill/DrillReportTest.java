package org.opensor.registry.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillReportTest {

    private static final Instant FAILURE = Instant.parse("2026-12-06T20:00:00Z");

    @Test
    void countsWhatTheWritesAfterTheLastArchivedSegmentLost() {
        DrillReport report = aReport(List.of(new DrillReport.Check("audit chain verifies", true, "")));

        assertThat(report.registrationsLost()).isEqualTo(5);
        assertThat(report.dataLossWindow()).isEqualTo(Duration.ofSeconds(12));
        assertThat(report.lines())
                .anySatisfy(l -> assertThat(l)
                        .contains("RPO measured")
                        .contains("12.0 s")
                        .contains("5 of 35"));
    }

    @Test
    void theRecoveryTimeIsEveryRestoreStepUpToTheLastCheck() {
        DrillReport report = aReport(List.of(new DrillReport.Check("audit chain verifies", true, "")));

        assertThat(report.recoveryTime()).isEqualTo(Duration.ofSeconds(75));
        assertThat(report.lines())
                .anySatisfy(l -> assertThat(l).startsWith("RTO").contains("75.0 s"));
    }

    @Test
    void oneFailedCheckMeansTheRestoreIsNotVerified() {
        DrillReport report = aReport(List.of(
                new DrillReport.Check("audit chain verifies", true, ""),
                new DrillReport.Check("search finds a registrant written after the base backup", false, "no hit")));

        assertThat(report.verified()).isFalse();
        assertThat(report.lines()).contains("NOT VERIFIED: see the failed checks");
    }

    @Test
    void noChecksAtAllIsNotAVerifiedRestore() {
        assertThat(aReport(List.of()).verified()).isFalse();
    }

    private static DrillReport aReport(List<DrillReport.Check> checks) {
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put("before the base backup", 20);
        written.put("after it, archived", 10);
        written.put("after the last archived segment", 5);
        Map<String, Integer> recovered = new LinkedHashMap<>();
        recovered.put("before the base backup", 20);
        recovered.put("after it, archived", 10);
        recovered.put("after the last archived segment", 0);
        Map<String, Duration> steps = new LinkedHashMap<>();
        steps.put("PostgreSQL replay", Duration.ofSeconds(10));
        steps.put("services start", Duration.ofSeconds(60));
        steps.put("verification", Duration.ofSeconds(5));
        return new DrillReport(
                Duration.ofSeconds(60),
                written,
                recovered,
                FAILURE.minusSeconds(12),
                FAILURE,
                steps,
                checks,
                List.of());
    }
}

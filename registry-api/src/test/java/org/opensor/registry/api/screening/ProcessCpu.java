package org.opensor.registry.api.screening;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time used by the processes a benchmark drives (this JVM, Elasticsearch, PostgreSQL, Kafka), so a figure
 * can say where a request's CPU went, not only how long it took. Reads each process's total CPU from the OS.
 */
final class ProcessCpu {

    private final Map<String, Duration> start;

    private ProcessCpu(Map<String, Duration> start) {
        this.start = start;
    }

    static ProcessCpu start() {
        return new ProcessCpu(snapshot());
    }

    /** Milliseconds of CPU per unit of work (a screening, a traveller) for each process kind since {@link #start()}. */
    String perUnit(int units) {
        Map<String, Duration> now = snapshot();
        return now.entrySet().stream()
                .map(e -> "%s %.1f".formatted(e.getKey(), (e.getValue().minus(start.getOrDefault(e.getKey(), Duration.ZERO)).toNanos() / 1e6) / Math.max(1, units)))
                .collect(Collectors.joining(", ", "CPU ms per unit: ", ""));
    }

    private static Map<String, Duration> snapshot() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        cpu.put("this JVM (API + load)", ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        ProcessHandle.allProcesses().forEach(process -> {
            String kind = kindOf(process);
            if (kind != null) {
                cpu.merge(kind, process.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus);
            }
        });
        return cpu;
    }

    private static String kindOf(ProcessHandle process) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return null;
        }
        String command = process.info().commandLine().orElse("");
        if (command.contains("org.elasticsearch")) {
            return "Elasticsearch";
        }
        if (command.contains("postgres")) {
            return "PostgreSQL";
        }
        if (command.contains("kafka")) {
            return "Kafka";
        }
        return null;
    }
}

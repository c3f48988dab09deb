package org.opensor.registry.testservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time used by the processes a benchmark drives (this JVM, Elasticsearch, PostgreSQL, Kafka), so a figure
 * can say where a request's CPU went, not only how long it took. Reads each process's total CPU from the OS, and on
 * Linux also what the JVMs' JIT compiler and garbage collector threads used: a JVM that is still compiling is not yet
 * measured warm, and on two cores both take CPU from the work being timed.
 */
public final class ProcessCpu {

    private static final Path PROC = Path.of("/proc");

    /** JVM threads whose CPU is reported apart, by what Linux shows of their names (cut to 15 characters). */
    private enum Overhead {
        JIT("C1 CompilerThre", "C2 CompilerThre"),
        GC("GC Thread", "G1 ");

        private final String[] prefixes;

        Overhead(String... prefixes) {
            this.prefixes = prefixes;
        }

        static Overhead of(String threadName) {
            for (Overhead overhead : values()) {
                for (String prefix : overhead.prefixes) {
                    if (threadName.startsWith(prefix)) {
                        return overhead;
                    }
                }
            }
            return null;
        }
    }

    private final Snapshot start;

    private ProcessCpu(Snapshot start) {
        this.start = start;
    }

    public static ProcessCpu start() {
        return new ProcessCpu(Snapshot.take());
    }

    /**
     * Milliseconds of CPU per unit of work (a screening, a traveller, a document) for each process kind since
     * {@link #start()}, with the JIT compilers' and garbage collectors' parts in brackets where the OS tells them.
     */
    public String perUnit(int units) {
        Snapshot now = Snapshot.take();
        return now.total.entrySet().stream()
                .map(e -> {
                    String kind = e.getKey();
                    StringBuilder figure = new StringBuilder("%s %.1f"
                            .formatted(kind, perUnit(e.getValue().minus(start.total(kind)), units)));
                    List<String> parts = new ArrayList<>();
                    for (Overhead overhead : Overhead.values()) {
                        Duration used = now.overhead(kind, overhead).minus(start.overhead(kind, overhead));
                        if (used.isPositive()) {
                            parts.add("%s %.1f".formatted(overhead, perUnit(used, units)));
                        }
                    }
                    return parts.isEmpty()
                            ? figure.toString()
                            : figure.append(parts.stream().collect(Collectors.joining(", ", " (", ")")))
                                    .toString();
                })
                .collect(Collectors.joining(", ", "CPU ms per unit: ", ""));
    }

    private static double perUnit(Duration cpu, int units) {
        return cpu.toNanos() / 1e6 / Math.max(1, units);
    }

    /** Total CPU per process kind, and the overhead threads' CPU per kind. */
    private record Snapshot(Map<String, Duration> total, Map<String, Map<Overhead, Duration>> overheads) {

        static Snapshot take() {
            Snapshot snapshot = new Snapshot(new LinkedHashMap<>(), new HashMap<>());
            snapshot.add("this JVM", ProcessHandle.current());
            ProcessHandle.allProcesses().forEach(process -> {
                String kind = kindOf(process);
                if (kind != null) {
                    snapshot.add(kind, process);
                }
            });
            return snapshot;
        }

        private void add(String kind, ProcessHandle process) {
            total.merge(kind, process.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus);
            threadCpu(process.pid())
                    .forEach((overhead, cpu) -> overheads
                            .computeIfAbsent(kind, k -> new EnumMap<>(Overhead.class))
                            .merge(overhead, cpu, Duration::plus));
        }

        Duration total(String kind) {
            return total.getOrDefault(kind, Duration.ZERO);
        }

        Duration overhead(String kind, Overhead overhead) {
            return overheads.getOrDefault(kind, Map.of()).getOrDefault(overhead, Duration.ZERO);
        }
    }

    /** CPU of the process's JIT and GC threads, from {@code /proc/<pid>/task/<tid>/stat}; empty where there is none. */
    private static Map<Overhead, Duration> threadCpu(long pid) {
        Map<Overhead, Duration> cpu = new EnumMap<>(Overhead.class);
        Path tasks = PROC.resolve(Long.toString(pid)).resolve("task");
        if (!Files.isDirectory(tasks)) {
            return cpu;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                addThread(thread.resolve("stat"), cpu);
            }
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile, or this is not Linux: nothing to add
        }
        return cpu;
    }

    /** Adds utime + stime of an overhead thread; the name sits in brackets and may hold spaces. */
    private static void addThread(Path stat, Map<Overhead, Duration> cpu) {
        try {
            String line = Files.readString(stat);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            Overhead overhead = open < 0 || close < open ? null : Overhead.of(line.substring(open + 1, close));
            if (overhead == null) {
                return;
            }
            String[] fields = line.substring(close + 2).split(" ");
            // After the name: state is field 3 of stat(5), utime 14 and stime 15, in ticks (USER_HZ, 100 on Linux).
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            cpu.merge(overhead, Duration.ofMillis(ticks * 10), Duration::plus);
        } catch (IOException | RuntimeException e) {
            // the thread ended meanwhile
        }
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

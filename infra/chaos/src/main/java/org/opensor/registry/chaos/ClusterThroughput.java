package org.opensor.registry.chaos;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.opensor.registry.stack.Component;
import org.opensor.registry.stack.LocalStack;

/**
 * {@code infra/local/chaos --throughput}: the chaos suite's mixed load through HAProxy with both registry-api
 * instances, then with one, and the CPU each request costs. On one small machine a second instance adds overhead,
 * not capacity; the CPU per request is the figure that sizes a real cluster.
 */
final class ClusterThroughput {

    private static final Duration WARM_UP = Duration.ofSeconds(15);

    private record Row(String setup, Outcomes outcomes, double seconds, double apiCpu, double clusterCpu) {

        double perSecond() {
            return outcomes.answered.sum() / seconds;
        }

        String cpuPerRequest(double cpuSeconds) {
            long answered = outcomes.answered.sum();
            return answered == 0 ? "-" : String.format("%.1f ms", cpuSeconds * 1000 / answered);
        }
    }

    private ClusterThroughput() {}

    static void run(RunningCluster cluster, int clients, Duration window) throws Exception {
        Component api1 = cluster.component("registry-api-1");
        Component api2 = cluster.component("registry-api-2");
        System.out.printf(
                "Throughput: %d load clients through %s, %d s per setup after %d s warm-up%n%n",
                clients, cluster.api().base(), window.toSeconds(), WARM_UP.toSeconds());
        MixedLoad load = new MixedLoad(cluster.api(), clients);
        load.start();
        Row two;
        Row one;
        try {
            Thread.sleep(WARM_UP);
            two = measure("2 registry-api instances", cluster, List.of(api1, api2), load, window);
            api2.stop(); // HAProxy's health check takes it out; a refused connection is retried on the other
            Thread.sleep(WARM_UP);
            one = measure("1 registry-api instance", cluster, List.of(api1), load, window);
        } finally {
            load.stop();
        }
        LocalStack.startAndAwait(List.of(api2), line -> {});
        System.out.printf(
                "%-26s %10s %8s %5s %6s %16s %16s%n",
                "SETUP", "ANSWERED/S", "503", "5XX", "NO-ANS", "API CPU/REQUEST", "ALL CPU/REQUEST");
        for (Row row : List.of(two, one)) {
            System.out.printf(
                    "%-26s %10.1f %8d %5d %6d %16s %16s%n",
                    row.setup(),
                    row.perSecond(),
                    row.outcomes().unavailable.sum(),
                    row.outcomes().serverErrors.sum(),
                    row.outcomes().noAnswer.sum(),
                    row.cpuPerRequest(row.apiCpu()),
                    row.cpuPerRequest(row.clusterCpu()));
        }
        System.out.printf(
                "%ntwo / one instance: %.2f; load average now %.1f on %d cores%n",
                two.perSecond() / Math.max(one.perSecond(), 0.001),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static Row measure(
            String setup, RunningCluster cluster, List<Component> apis, MixedLoad load, Duration window)
            throws InterruptedException {
        load.nextWindow();
        double api = cpuSeconds(apis);
        double all = cpuSeconds(cluster.stack().all());
        long started = System.nanoTime();
        Thread.sleep(window);
        Outcomes outcomes = load.nextWindow();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Row(
                setup,
                outcomes,
                seconds,
                cpuSeconds(apis) - api,
                cpuSeconds(cluster.stack().all()) - all);
    }

    /** User and system CPU the components' processes have used so far (every server and service of the cluster). */
    private static double cpuSeconds(List<? extends Component> components) {
        return components.stream()
                .flatMap(c -> c.process().stream())
                .mapToDouble(
                        p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9)
                .sum();
    }
}

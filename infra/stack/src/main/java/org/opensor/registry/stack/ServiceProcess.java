package org.opensor.registry.stack;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the project's Spring Boot services, run from its executable jar. The local stack's services run as nobody
 * when root starts them, as the servers do: a flaw in a service then cannot act as root on the host.
 */
public final class ServiceProcess implements Component {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackLayout layout;
    private final String module;
    private final String name;
    private final int port;
    private final String portVariable;
    private final Map<String, String> environment;
    private final ManagedProcess process;
    private final List<Path> filesItReads;

    /** @param environment Spring Boot settings as environment variables (endpoints and credentials) */
    public ServiceProcess(
            StackLayout layout, String module, int port, String portVariable, Map<String, String> environment) {
        this(layout, module, port, portVariable, environment, null);
    }

    /**
     * A service that, started by root, runs as nobody like the servers do.
     *
     * @param filesItReads files of the state folder the service reads (given to nobody when root starts it); null to run
     *                     as the user who starts it, whoever that is
     */
    ServiceProcess(
            StackLayout layout,
            String module,
            int port,
            String portVariable,
            Map<String, String> environment,
            List<Path> filesItReads) {
        this(layout, module, module, port, portVariable, environment, filesItReads);
    }

    /** One of several instances of {@code module}, known as {@code name} (its PID file, log and working folder). */
    ServiceProcess(
            StackLayout layout,
            String module,
            String name,
            int port,
            String portVariable,
            Map<String, String> environment,
            List<Path> filesItReads) {
        this.layout = layout;
        this.module = module;
        this.name = name;
        this.port = port;
        this.portVariable = portVariable;
        this.environment = environment;
        this.filesItReads = filesItReads;
        this.process = new ManagedProcess(
                layout.runDir().resolve(name + ".pid"), layout.logDir().resolve(name + ".log"), module);
    }

    @Override
    public String name() {
        return name;
    }

    /** The service this is an instance of, e.g. {@code registry-api}. */
    public String module() {
        return module;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String portVariable() {
        return portVariable;
    }

    @Override
    public Path logFile() {
        return process.logFile();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return process.running();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void start() {
        Path workDir = layout.dir(name);
        process.start(command(), environment, workDir);
    }

    /** The command line, wrapped to run as nobody when root starts an unprivileged service. */
    List<String> command() {
        Path jar = layout.serviceJar(module);
        // Small heaps, serial GC and C1 only: six JVMs share 2 cores and must stay well under 4 GiB at rest.
        List<String> java = List.of(
                layout.javaExecutable().toString(),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:MaxMetaspaceSize=256m",
                "-jar",
                jar.toString());
        if (filesItReads == null || !Unprivileged.runningAsRoot()) {
            return java;
        }
        Unprivileged.requireReachable(jar);
        Unprivileged.requireReachable(layout.javaExecutable());
        Unprivileged.handOver(layout.dir(name));
        filesItReads.forEach(Unprivileged::handOver);
        return Unprivileged.command(java);
    }

    @Override
    public boolean healthy() {
        return HttpHealth.answers200(HTTP, url() + "/actuator/health/readiness");
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }
}

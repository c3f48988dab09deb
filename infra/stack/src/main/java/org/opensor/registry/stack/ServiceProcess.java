package org.opensor.registry.stack;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the project's Spring Boot services, run from its executable jar. It serves HTTPS only, with a certificate
 * the install's {@link LocalCertificateAuthority} issues for it on start ({@link ServiceTls}); no plaintext port is
 * opened. The local stack's services run as nobody when root starts them, as the servers do: a flaw in a service then
 * cannot act as root on the host.
 */
public final class ServiceProcess implements Component {

    private final StackLayout layout;
    private final String module;
    private final String name;
    private final int port;
    private final String portVariable;
    private final Map<String, String> environment;
    private final ManagedProcess process;
    private final List<Path> filesItReads;
    private HttpClient http;

    /**
     * A service run as the user who starts it (the end-to-end tests'), with a certificate of {@code layout}'s authority.
     *
     * @param environment Spring Boot settings as environment variables (endpoints and credentials)
     */
    public ServiceProcess(
            StackLayout layout, String module, int port, String portVariable, Map<String, String> environment) {
        this(layout, module, module, port, portVariable, environment, null);
    }

    /**
     * One of several instances of {@code module}, known as {@code name} (its PID file, log, working folder and
     * certificate).
     *
     * @param filesItReads files of the state folder the service reads (given to nobody when root starts it); null to run
     *                     as the user who starts it, whoever that is
     */
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

    /** Where it answers: HTTPS on loopback; the certificate names 127.0.0.1 and localhost. */
    public String url() {
        return "https://127.0.0.1:" + port;
    }

    /** The certificate authority (PEM) a client trusts to call {@link #url()}: the install's. */
    public Path trustedCertificate() {
        return LocalCertificateAuthority.certificateFile(layout.stateDir());
    }

    /** The certificate chain (PEM) it serves, once started: issued for instance {@link #name()}. */
    public Path certificate() {
        return LocalCertificateAuthority.certificateFile(layout.stateDir())
                .resolveSibling(name)
                .resolve("server.crt");
    }

    /** A client that trusts the install's authority only and checks the service's name (the JDK's default). */
    public synchronized HttpClient http() {
        if (http == null) {
            http = ServiceTls.client(trustedCertificate()).build();
        }
        return http;
    }

    @Override
    public void start() {
        Path workDir = layout.dir(name);
        ServiceTls tls = ServiceTls.issue(LocalCertificateAuthority.ensure(layout), name);
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(tls.environment());
        process.start(command(tls), env, workDir);
    }

    /** The command line, wrapped to run as nobody when root starts an unprivileged service. */
    List<String> command(ServiceTls tls) {
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
        Unprivileged.handOver(tls.certificate().folder());
        filesItReads.forEach(Unprivileged::handOver);
        return Unprivileged.command(java);
    }

    @Override
    public boolean healthy() {
        if (!Files.isRegularFile(trustedCertificate())) {
            return false; // never started: no authority yet
        }
        return HttpHealth.answers200(http(), url() + "/actuator/health/readiness");
    }

    /** A first start migrates an empty database; beside five other JVMs on two loaded cores that took over 180 s. */
    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(300);
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }
}

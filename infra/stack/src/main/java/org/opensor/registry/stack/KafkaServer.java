package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real Kafka broker in KRaft combined mode (broker and controller in one process), run from the
 * kafka_2.13 jars on Maven Central. Its log folder lives in the state folder.
 */
public final class KafkaServer implements Component {

    /** Topics of the system (see registry-events) and their dead-letter topics. */
    public static final List<String> TOPICS = List.of(
            "registry.registrants.v1", "registry.registrants.v1.dlq",
            "registry.travel.v1", "registry.travel.v1.dlq",
            "registry.alerts.v1", "registry.alerts.v1.dlq",
            "registry.audit-checkpoints.v1");
    private static final int PARTITIONS = 3;

    private final StackLayout layout;
    private final int port;
    private final int controllerPort;
    private final ManagedProcess process;

    public KafkaServer(StackLayout layout, int port, int controllerPort) {
        this.layout = layout;
        this.port = port;
        this.controllerPort = controllerPort;
        this.process = new ManagedProcess(layout.runDir().resolve("kafka.pid"), layout.logDir().resolve("kafka.log"), "kafka.Kafka");
    }

    @Override public String name() { return "kafka"; }
    @Override public int port() { return port; }
    @Override public String portVariable() { return "OPENSOR_KAFKA_PORT"; }
    @Override public Path logFile() { return process.logFile(); }
    @Override public Optional<ProcessHandle> process() { return process.running(); }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void start() {
        Ports.requireFree("the Kafka controller", controllerPort, "OPENSOR_KAFKA_CONTROLLER_PORT");
        Path home = layout.dir("kafka");
        Path data = home.resolve("data");
        Path config = writeConfig(home, data);
        String classpath = layout.kafkaLibs() + "/*";
        if (!Files.isRegularFile(data.resolve("meta.properties"))) {
            OsCommand.run(List.of(layout.javaExecutable().toString(), "-cp", classpath, "kafka.tools.StorageTool", "format",
                    "--cluster-id", clusterId(home), "--config", config.toString(), "--ignore-formatted"), home);
        }
        process.start(List.of(layout.javaExecutable().toString(), "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=" + writeLogConfig(home), "-cp", classpath, "kafka.Kafka", config.toString()),
                Map.of(), home);
    }

    private Path writeConfig(Path home, Path data) {
        String properties = """
                # written by infra/stack on every start; edit Ports, not this file
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=%4$d
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=-1
                """.formatted(port, controllerPort, data, PARTITIONS);
        return write(home.resolve("server.properties"), properties);
    }

    private Path writeLogConfig(Path home) {
        return write(home.resolve("log4j2.properties"), """
                rootLogger.level=INFO
                rootLogger.appenderRef.stdout.ref=STDOUT
                appender.stdout.type=Console
                appender.stdout.name=STDOUT
                appender.stdout.layout.type=PatternLayout
                appender.stdout.layout.pattern=[%d] %p %m (%c)%n
                logger.kafka.name=kafka
                logger.kafka.level=WARN
                logger.kafkaorg.name=org.apache.kafka
                logger.kafkaorg.level=WARN
                """);
    }

    private String clusterId(Path home) {
        Path file = home.resolve("cluster-id");
        try {
            if (!Files.isRegularFile(file)) {
                Files.writeString(file, newClusterId());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 16 random bytes in URL-safe base64 without padding, as Kafka makes them, and like Kafka's own never starting
     * with '-': the storage tool would read such an id as an option (it did, once in 64 starts).
     */
    static String newClusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }

    private static Path write(Path file, String content) {
        try {
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return Admin.create(props);
    }

    @Override
    public boolean healthy() {
        if (!Ports.accepting(port)) {
            return false; // not listening yet: spare the admin client's retry noise
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Creates the topics that do not exist yet. */
    public void provision() {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = TOPICS.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new StackException("Cannot create Kafka topics: " + e.getCause().getMessage(), e);
        } catch (Exception e) {
            throw new StackException("Cannot create Kafka topics: " + e.getMessage(), e);
        }
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(120);
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }
}

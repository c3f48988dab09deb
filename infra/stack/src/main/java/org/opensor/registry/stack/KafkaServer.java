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
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.ConfigResource;
import org.opensor.registry.events.TopicSettings;

/**
 * A real Kafka node in KRaft combined mode (broker and controller in one process), alone or one of a
 * {@link KafkaQuorum}, run from the
 * kafka_2.13 jars on Maven Central. Its log folder lives in the state folder. Every client logs in (SASL/SCRAM-SHA-512
 * on loopback) and may do only what {@link KafkaAccess} grants; the controller listener takes the super user only.
 */
public final class KafkaServer implements Component {

    private static final int PARTITIONS = 3;
    /** Kafka's default for SCRAM-SHA-512 hashes: the broker stores these, never the passwords. */
    private static final int SCRAM_ITERATIONS = 4096;

    private final StackLayout layout;
    private final KafkaQuorum quorum;
    private final KafkaQuorum.Node node;
    private final int port;
    private final int controllerPort;
    private final ManagedProcess process;
    private final Secrets secrets;

    public KafkaServer(StackLayout layout, int port, int controllerPort, Secrets secrets) {
        this(layout, KafkaQuorum.single(port, controllerPort), 1, secrets);
    }

    /** Node {@code nodeId} of {@code quorum}; a quorum of one is the everyday stack's broker, named plain "kafka". */
    public KafkaServer(StackLayout layout, KafkaQuorum quorum, int nodeId, Secrets secrets) {
        this.layout = layout;
        this.secrets = secrets;
        this.quorum = quorum;
        this.node = quorum.nodes().stream()
                .filter(n -> n.id() == nodeId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka node " + nodeId));
        this.port = node.port();
        this.controllerPort = node.controllerPort();
        this.process = new ManagedProcess(
                layout.runDir().resolve(name() + ".pid"), layout.logDir().resolve(name() + ".log"), "kafka.Kafka");
    }

    @Override
    public String name() {
        return quorum.clustered() ? "kafka-" + node.id() : "kafka";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String portVariable() {
        return "OPENSOR_KAFKA_PORT";
    }

    @Override
    public Path logFile() {
        return process.logFile();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return process.running();
    }

    /** Every node of the quorum: a client finds the others through any one that answers. */
    public String bootstrapServers() {
        return quorum.bootstrapServers();
    }

    /** The password of a Kafka user ({@link KafkaAccess}), generated on first start and kept in the stack's secrets. */
    public String password(String username) {
        return secrets.get("kafka.password." + username);
    }

    /** Client settings to log in as {@code username}, e.g. for a test's own producer. */
    public Map<String, String> clientProperties(String username) {
        return KafkaAccess.clientProperties(bootstrapServers(), username, password(username), trustedCertificate());
    }

    /** The certificate authority clients trust to reach the brokers (the install's, {@link LocalCertificateAuthority}). */
    public Path trustedCertificate() {
        return LocalCertificateAuthority.certificateFile(layout.stateDir());
    }

    @Override
    public void start() {
        Ports.requireFree("the Kafka controller", controllerPort, "OPENSOR_KAFKA_CONTROLLER_PORT");
        Unprivileged.requireReachable(layout.kafkaLibs());
        Path home = layout.dir(name());
        Path data = home.resolve("data");
        ServerCertificate certificate = LocalCertificateAuthority.ensure(layout).server(name(), keyStorePassword());
        Path config = writeConfig(home, data, certificate);
        String classpath = layout.kafkaLibs() + "/*";
        Path scramMarker = home.resolve("scram-users-formatted");
        if (!Files.isRegularFile(data.resolve("meta.properties"))) {
            // The super user's SCRAM credential must exist before the broker can log in to itself: only format can add
            // it.
            OsCommand.run(
                    List.of(
                            layout.javaExecutable().toString(),
                            "-cp",
                            classpath,
                            "kafka.tools.StorageTool",
                            "format",
                            "--cluster-id",
                            clusterId(home),
                            "--config",
                            config.toString(),
                            "--ignore-formatted",
                            "--add-scram",
                            KafkaAccess.MECHANISM + "=[name=" + KafkaAccess.ADMIN + ",password="
                                    + password(KafkaAccess.ADMIN) + "]"),
                    home);
            write(scramMarker, "the super user's SCRAM credential was added when this log folder was formatted\n");
        } else if (!Files.isRegularFile(scramMarker)) {
            throw new StackException("The Kafka log folder " + data
                    + " was made before Kafka required logins: it holds no "
                    + "credential for the broker's own user. Stop the stack, move " + home + " away and start again "
                    + "(docs/operations.md, \"Kafka logins\", says what to rebuild afterwards).");
        }
        Path logConfig = writeLogConfig(home);
        PrivateFiles.restrictTree(home);
        Unprivileged.handOver(home);
        Unprivileged.handOver(certificate.folder());
        process.start(
                Unprivileged.command(List.of(
                        layout.javaExecutable().toString(),
                        "-Xms256m",
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=" + logConfig,
                        "-cp",
                        classpath,
                        "kafka.Kafka",
                        config.toString())),
                Map.of(),
                home);
    }

    private String keyStorePassword() {
        return secrets.get("tls.keystore.password." + name());
    }

    private Path writeConfig(Path home, Path data, ServerCertificate certificate) {
        String properties = """
                # written by infra/stack on every start; edit Ports, not this file
                process.roles=broker,controller
                node.id=%8$d
                controller.quorum.voters=%9$s
                listeners=BROKER://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=BROKER://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=BROKER
                # every connection is TLS and logs in: SCRAM on the clients' listener, PLAIN (the only one KRaft controllers
                # take) on the controller's
                listener.security.protocol.map=BROKER:SASL_SSL,CONTROLLER:SASL_SSL
                # this node's key and certificate, issued by the install's authority; as a client of the other nodes it
                # trusts that authority only and checks their names
                ssl.keystore.type=PKCS12
                ssl.keystore.location=%12$s
                ssl.keystore.password=%13$s
                ssl.key.password=%13$s
                ssl.truststore.type=PEM
                ssl.truststore.location=%14$s
                ssl.endpoint.identification.algorithm=https
                ssl.protocol=TLSv1.3
                ssl.enabled.protocols=TLSv1.3
                listener.name.broker.sasl.enabled.mechanisms=%6$s
                sasl.mechanism.inter.broker.protocol=%6$s
                listener.name.broker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="%5$s" password="%7$s";
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="%5$s" password="%7$s" user_%5$s="%7$s";
                # what no ACL allows is denied; the super user is the broker itself and the stack's administration
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                allow.everyone.if.no.acl.found=false
                super.users=User:%5$s
                log.dirs=%3$s
                num.partitions=%4$d
                auto.create.topics.enable=false
                # copies per partition and copies in sync before acks=all succeeds (KafkaQuorum); retention is per topic
                default.replication.factor=%10$d
                min.insync.replicas=%11$d
                offsets.topic.replication.factor=%10$d
                transaction.state.log.replication.factor=%10$d
                transaction.state.log.min.isr=%11$d
                share.coordinator.state.topic.replication.factor=%10$d
                share.coordinator.state.topic.min.isr=%11$d
                group.initial.rebalance.delay.ms=0
                # a node whose peers start late (a busy machine, a host rebooting) waits for them instead of giving up
                initial.broker.registration.timeout.ms=600000
                # consumer groups on KIP-848's protocol: a member that stops heartbeating is out after 10 s, not 45 s,
                # so a surviving instance takes over a dead one's partitions within seconds
                group.consumer.min.session.timeout.ms=6000
                group.consumer.session.timeout.ms=10000
                group.consumer.min.heartbeat.interval.ms=1000
                group.consumer.heartbeat.interval.ms=2000
                """.formatted(
                        port,
                        controllerPort,
                        data,
                        PARTITIONS,
                        KafkaAccess.ADMIN,
                        KafkaAccess.MECHANISM,
                        password(KafkaAccess.ADMIN),
                        node.id(),
                        quorum.voters(),
                        quorum.replicationFactor(),
                        quorum.minInSyncReplicas(),
                        certificate.keyStore(),
                        keyStorePassword(),
                        trustedCertificate());
        return PrivateFiles.writeOwnerOnly(home.resolve("server.properties"), properties);
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

    /** One id for every node of a quorum: a node formatted with another id would refuse to join. */
    private String clusterId(Path home) {
        Path file = quorum.clustered() ? layout.dir("kafka-quorum").resolve("cluster-id") : home.resolve("cluster-id");
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
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16)
                    .putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
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
        return admin(Duration.ofSeconds(3));
    }

    private Admin admin(Duration timeout) {
        Properties props = new Properties();
        props.putAll(clientProperties(KafkaAccess.ADMIN));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return Admin.create(props);
    }

    @Override
    public boolean healthy() {
        if (!Ports.accepting(port)) {
            return false; // not listening yet: spare the admin client's retry noise
        }
        try (Admin admin = admin()) {
            return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).stream()
                    .anyMatch(n -> n.id() == node.id());
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Creates the topics that do not exist yet and sets every topic's retention as {@link TopicSettings} says (a topic
     * made by an older stack gets it too), then each service's user (password from the secrets) and the ACLs.
     */
    public void provision() {
        // patient: a quorum that has just formed may still be electing its controller
        try (Admin admin = admin(Duration.ofSeconds(60))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = TopicSettings.ALL.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), PARTITIONS, (short) quorum.replicationFactor())
                            .configs(topicConfig(t)))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            Map<ConfigResource, java.util.Collection<AlterConfigOp>> settings = new java.util.HashMap<>();
            for (TopicSettings topic : TopicSettings.ALL) {
                settings.put(
                        new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                        topicConfig(topic).entrySet().stream()
                                .map(e -> new AlterConfigOp(
                                        new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                .toList());
            }
            admin.incrementalAlterConfigs(settings).all().get(60, TimeUnit.SECONDS);
            // Set on every start: the passwords in the secrets file are the truth, a rotated one takes effect here.
            admin.alterUserScramCredentials(KafkaAccess.SERVICES.stream()
                            .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(
                                    user,
                                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                                    password(user)))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
            admin.createAcls(KafkaAccess.GRANTS.stream()
                            .map(KafkaAccess.Grant::binding)
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new StackException(
                    "Cannot create Kafka topics, users and ACLs: "
                            + e.getCause().getMessage(),
                    e);
        } catch (Exception e) {
            throw new StackException("Cannot create Kafka topics, users and ACLs: " + e.getMessage(), e);
        }
    }

    private Map<String, String> topicConfig(TopicSettings topic) {
        Map<String, String> config = new java.util.HashMap<>(topic.config());
        config.put("min.insync.replicas", Integer.toString(quorum.minInSyncReplicas()));
        return config;
    }

    /** Patient: on a machine shared by several builds a lone node has needed over 120 s to answer; slow is not broken. */
    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(300);
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }
}

package org.opensor.registry.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The whole stack: three servers and three services, started in dependency order, each waited for until
 * healthy. Used by {@code infra/local/up} and, servers only, by the integration tests. In cluster mode
 * ({@link #cluster}) it is three Kafka nodes, two Elasticsearch data nodes and a tiebreaker, two instances of each
 * service and HAProxy in front of the two registry-api instances; Keycloak, in either mode, when asked for.
 */
public final class LocalStack {

    private final StackLayout layout;
    private final Ports ports;
    private final Secrets secrets;
    private final PostgresServer postgres;
    private final List<KafkaServer> kafkaNodes;
    private final List<ElasticsearchServer> elasticsearchNodes;
    private final ElasticsearchCluster elasticsearchCluster;
    private final ClusterPorts clusterPorts;
    private final KeycloakServer keycloak;
    private boolean keycloakWanted;

    /** A stack whose Keycloak, if asked for, listens on a free port. */
    public LocalStack(StackLayout layout, Ports ports, boolean durable, String elasticsearchHeap) {
        this(layout, ports, durable, elasticsearchHeap, Ports.freePort());
    }

    public LocalStack(StackLayout layout, Ports ports, boolean durable, String elasticsearchHeap, int keycloakPort) {
        this.layout = layout;
        this.ports = ports;
        this.clusterPorts = null;
        this.secrets = new Secrets(layout.stateDir().resolve("secrets.properties"));
        this.postgres = new PostgresServer(layout, ports.postgres(), secrets, durable);
        this.kafkaNodes = List.of(new KafkaServer(layout, ports.kafka(), ports.kafkaController(), secrets));
        this.elasticsearchNodes =
                List.of(new ElasticsearchServer(layout, ports.elasticsearch(), elasticsearchHeap, secrets));
        this.elasticsearchCluster = null;
        this.keycloak = new KeycloakServer(layout, keycloakPort, "https://127.0.0.1:" + ports.registryApi(), secrets);
        // one started earlier by "up keycloak" is still stopped by "down" and shown by "status"
        this.keycloakWanted = keycloak.process().isPresent();
    }

    private LocalStack(StackLayout layout, ClusterPorts cluster, String elasticsearchHeap) {
        this.layout = layout;
        this.ports = cluster.firstInstance();
        this.clusterPorts = cluster;
        this.secrets = new Secrets(layout.stateDir().resolve("secrets.properties"));
        this.postgres = new PostgresServer(layout, cluster.postgres(), secrets, true);
        KafkaQuorum quorum = cluster.kafkaQuorum();
        this.kafkaNodes = quorum.nodes().stream()
                .map(n -> new KafkaServer(layout, quorum, n.id(), secrets))
                .toList();
        this.elasticsearchCluster = cluster.elasticsearchCluster();
        this.elasticsearchNodes = elasticsearchCluster.nodes().stream()
                .map(n -> new ElasticsearchServer(
                        layout,
                        n.name(),
                        n.httpPort(),
                        n.holdsData() ? elasticsearchHeap : "256m",
                        elasticsearchCluster,
                        secrets))
                .toList();
        // the console's only redirect target is the load balancer's address, which both registry-api instances serve
        this.keycloak = new KeycloakServer(layout, cluster.keycloak(), entryUrl(), secrets);
        this.keycloakWanted = keycloak.process().isPresent();
    }

    /** Cluster mode: every server and service more than once, on the ports of {@code cluster}. */
    public static LocalStack cluster(StackLayout layout, ClusterPorts cluster, String elasticsearchHeap) {
        return new LocalStack(layout, cluster, elasticsearchHeap);
    }

    /** Adds Keycloak to the servers, and registry-api then signs in through it (console and API). */
    public LocalStack withKeycloak() {
        this.keycloakWanted = true;
        return this;
    }

    public boolean keycloakWanted() {
        return keycloakWanted;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public StackLayout layout() {
        return layout;
    }

    public PostgresServer postgres() {
        return postgres;
    }
    /** The first Kafka node; its {@link KafkaServer#bootstrapServers()} names them all. */
    public KafkaServer kafka() {
        return kafkaNodes.getFirst();
    }

    public List<KafkaServer> kafkaNodes() {
        return kafkaNodes;
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearchNodes.getFirst();
    }

    public List<ElasticsearchServer> elasticsearchNodes() {
        return elasticsearchNodes;
    }

    public boolean clustered() {
        return clusterPorts != null;
    }

    public List<Component> servers() {
        List<Component> servers = new ArrayList<>();
        servers.add(postgres);
        servers.addAll(kafkaNodes);
        servers.addAll(elasticsearchNodes);
        if (keycloakWanted) {
            servers.add(keycloak);
        }
        return servers;
    }

    /** The services, and in cluster mode the load balancer after them. */
    public List<Component> services() {
        if (clusterPorts == null) {
            return List.copyOf(instance(ports, ""));
        }
        List<ServiceProcess> first = instance(clusterPorts.firstInstance(), "-1");
        List<ServiceProcess> second = instance(clusterPorts.secondInstance(), "-2");
        List<Component> all = new ArrayList<>(first);
        all.addAll(second);
        all.add(new LoadBalancer(layout, clusterPorts.https(), List.of(first.getFirst(), second.getFirst())));
        return all;
    }

    /** The address users and clients call: the load balancer in cluster mode, registry-api otherwise. */
    public String entryUrl() {
        return clusterPorts == null
                ? "https://127.0.0.1:" + ports.registryApi()
                : "https://127.0.0.1:" + clusterPorts.https();
    }

    private String elasticsearchUrls() {
        return elasticsearchCluster == null ? elasticsearch().url() : elasticsearchCluster.dataNodeUrls();
    }

    /** How a service reaches Elasticsearch: HTTPS, as its own user ({@link ElasticsearchAccess}). */
    private Map<String, String> elasticsearchEnvironment(String user) {
        return ElasticsearchAccess.serviceEnvironment(
                elasticsearchUrls(),
                user,
                elasticsearch().password(user),
                elasticsearch().trustedCertificate());
    }

    /** One instance of each service; {@code suffix} tells instances apart ("" for the only one). */
    private List<ServiceProcess> instance(Ports ports, String suffix) {
        Path credentials = DemoAccounts.file(layout);
        Map<String, String> database = Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl());
        Map<String, String> api = new java.util.HashMap<>(Map.of(
                "SPRING_DATASOURCE_USERNAME", PostgresServer.REGISTRY_API_ROLE,
                "SPRING_DATASOURCE_PASSWORD", postgres.servicePassword(PostgresServer.REGISTRY_API_ROLE),
                "REGISTRY_ACCOUNTS_BOOTSTRAP_FILE", credentials.toString(),
                // the console's administration pages manage subscriptions and dead letters through the worker's API,
                // over HTTPS checked against the install's authority
                "REGISTRY_WORKER_URL", "https://127.0.0.1:" + ports.notificationWorker(),
                "REGISTRY_WORKER_TRUST_BUNDLE", ServiceTls.STACK_TRUST_BUNDLE,
                "REGISTRY_WORKER_USERNAME", DemoAccounts.ACCOUNTS.get("registry-admin"),
                "REGISTRY_WORKER_PASSWORD", DemoAccounts.password(layout, "registry-admin")));
        api.putAll(elasticsearchEnvironment(ElasticsearchAccess.REGISTRY_API));
        if (clusterPorts != null) {
            // behind HAProxy: links and redirects name the https address the browser used
            api.put("SERVER_FORWARD_HEADERS_STRATEGY", "NATIVE");
        }
        return List.of(
                service(
                        KafkaAccess.REGISTRY_API,
                        suffix,
                        ports.registryApi(),
                        "OPENSOR_API_PORT",
                        List.of(credentials, AuditChainKey.folder(layout.stateDir())),
                        registryApiDatabase(database),
                        api),
                service(
                        KafkaAccess.NOTIFICATION_WORKER,
                        suffix,
                        ports.notificationWorker(),
                        "OPENSOR_WORKER_PORT",
                        List.of(),
                        database,
                        Map.of(
                                "SPRING_DATASOURCE_USERNAME", "notification_worker",
                                "SPRING_DATASOURCE_PASSWORD", postgres.servicePassword("notification_worker"),
                                // the demo administrator manages webhook subscriptions with the same account as in the
                                // API
                                "NOTIFICATION_ADMIN_USERNAME", DemoAccounts.ACCOUNTS.get("registry-admin"),
                                "NOTIFICATION_ADMIN_PASSWORD", DemoAccounts.password(layout, "registry-admin"),
                                "NOTIFICATION_SECRET_KEY", secrets.key("notification.secret-encryption-key"),
                                // receivers with a certificate of the install's authority (the chaos suite's) are
                                // trusted besides the JVM's public authorities
                                "REGISTRY_NOTIFICATION_DELIVERY_TRUST_BUNDLE", ServiceTls.STACK_TRUST_BUNDLE)),
                service(
                        KafkaAccess.SEARCH_INDEXER,
                        suffix,
                        ports.searchIndexer(),
                        "OPENSOR_INDEXER_PORT",
                        List.of(),
                        elasticsearchEnvironment(ElasticsearchAccess.SEARCH_INDEXER),
                        Map.of(
                                // its metrics are behind a login; the demo administrator's, as on the worker
                                "OPENSOR_MANAGEMENT_USERNAME", DemoAccounts.ACCOUNTS.get("registry-admin"),
                                "OPENSOR_MANAGEMENT_PASSWORD", DemoAccounts.password(layout, "registry-admin"))));
    }

    /**
     * registry-api runs as a role that may only add to the audit trail; its migrations run as the schema's owner, and the
     * audit chain's key and checkpoints live in the state folder, outside PostgreSQL.
     */
    private Map<String, String> registryApiDatabase(Map<String, String> database) {
        Map<String, String> env = new java.util.HashMap<>(database);
        env.put("SPRING_FLYWAY_USER", PostgresServer.REGISTRY_MIGRATOR_ROLE);
        env.put("SPRING_FLYWAY_PASSWORD", postgres.servicePassword(PostgresServer.REGISTRY_MIGRATOR_ROLE));
        env.put(
                "REGISTRY_AUDIT_KEY_FILE",
                AuditChainKey.ensure(layout.stateDir()).toString());
        env.put(
                "REGISTRY_AUDIT_CHECKPOINT_FILE",
                AuditChainKey.checkpointFile(layout.stateDir()).toString());
        if (keycloakWanted) {
            env.putAll(oidcEnvironment());
        }
        return env;
    }

    /** registry-api signs users in through Keycloak: the console with its client, the API with the realm's tokens. */
    private Map<String, String> oidcEnvironment() {
        return Map.of(
                "REGISTRY_SECURITY_MODE",
                "oidc",
                // Keycloak serves HTTPS with a certificate of the install's authority, which the bundle trusts
                "REGISTRY_SECURITY_OIDC_TRUST_BUNDLE",
                ServiceTls.STACK_TRUST_BUNDLE,
                "REGISTRY_SECURITY_OIDC_ISSUER",
                keycloak.issuer(),
                "REGISTRY_SECURITY_OIDC_JWK_SET_URI",
                keycloak.jwkSetUri(),
                "REGISTRY_SECURITY_OIDC_CONSOLE_CLIENT_ID",
                KeycloakServer.CONSOLE_CLIENT,
                "REGISTRY_SECURITY_OIDC_CONSOLE_CLIENT_SECRET",
                keycloak.consoleClientSecret());
    }

    private ServiceProcess service(
            String module,
            String suffix,
            int port,
            String portVariable,
            List<Path> filesItReads,
            Map<String, String> common,
            Map<String, String> own) {
        Map<String, String> env = new java.util.HashMap<>(common);
        env.putAll(own);
        env.put("SERVER_PORT", Integer.toString(port));
        // each service logs in to Kafka as its own user (module name = user name), allowed what KafkaAccess grants it
        env.putAll(KafkaAccess.serviceEnvironment(
                kafka().bootstrapServers(), module, kafka().password(module), kafka().trustedCertificate()));
        return new ServiceProcess(layout, module, module + suffix, port, portVariable, env, filesItReads);
    }

    /** Starts what is not running yet, waits for all to be healthy, then creates database objects and topics. */
    public void startServers(Consumer<String> progress) {
        PrivateFiles.stateDirectory(layout.stateDir());
        Unprivileged.requireReachable(layout.stateDir());
        // a state folder from before the owner-only rule: its logs were world-readable
        PrivateFiles.restrictTree(layout.logDir());
        startAndAwait(servers(), progress);
        postgres.provision();
        kafka().provision();
        progress.accept("database roles, schemas and Kafka topics are in place");
    }

    public void startServices(Consumer<String> progress) {
        DemoAccounts.ensure(layout);
        if (clusterPorts == null) {
            startAndAwait(new ArrayList<>(services()), progress);
            return;
        }
        // one instance of each service at a time: six JVMs starting at once on two cores starve each other
        List<Component> all = services();
        startAndAwait(all.subList(0, 3), progress);
        startAndAwait(all.subList(3, all.size()), progress);
    }

    /** Starts the components that are not running, then waits until every one is healthy (in parallel). */
    public static void startAndAwait(List<? extends Component> components, Consumer<String> progress) {
        List<Component> toStart = new ArrayList<>();
        for (Component component : components) {
            if (component.process().isPresent()) {
                progress.accept(component.name() + " is already running (PID "
                        + component.process().get().pid() + ")");
            } else {
                Ports.requireFree(component.name(), component.port(), component.portVariable());
                toStart.add(component);
            }
        }
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        for (Component component : toStart) {
            long started = System.nanoTime();
            component.start();
            progress.accept(
                    component.name() + " starting on port " + component.port() + " (log: " + component.logFile() + ")");
            ClassLoader loader = LocalStack.class.getClassLoader();
            waits.add(CompletableFuture.runAsync(() -> {
                // Pool threads do not see the classes inside the executable jar unless told to.
                Thread.currentThread().setContextClassLoader(loader);
                awaitHealthy(component);
                progress.accept(component.name() + " is healthy after " + seconds(System.nanoTime() - started));
            }));
        }
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof StackException stack ? stack : e;
        }
    }

    private static void awaitHealthy(Component component) {
        long deadline = System.nanoTime() + component.startTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (component.healthy()) {
                return;
            }
            if (component.process().isEmpty() && stillStoppedAfterAMoment(component)) {
                throw new StackException(component.name() + " stopped while starting. Last lines of "
                        + component.logFile() + ":\n" + tail(component.logFile(), 25));
            }
            sleep(Duration.ofMillis(250));
        }
        throw new StackException(component.name() + " was not healthy after "
                + component.startTimeout().toSeconds() + " s. Last lines of " + component.logFile() + ":\n"
                + tail(component.logFile(), 25));
    }

    /** A process seen gone once may be between two execs while it starts; gone twice half a second apart, it stopped. */
    private static boolean stillStoppedAfterAMoment(Component component) {
        sleep(Duration.ofMillis(500));
        return component.process().isEmpty() && !component.healthy();
    }

    /** Stops services first, then servers, each by the PID the stack recorded. */
    public List<String> stopAll() {
        List<Component> order = new ArrayList<>(services());
        order.addAll(servers().reversed());
        List<String> stopped = new ArrayList<>();
        for (Component component : order) {
            if (component.process().isPresent()) {
                component.stop();
                stopped.add(component.name());
            }
        }
        return stopped;
    }

    public List<Component> all() {
        List<Component> all = new ArrayList<>(servers());
        all.addAll(services());
        return all;
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}

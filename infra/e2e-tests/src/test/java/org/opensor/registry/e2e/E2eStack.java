package org.opensor.registry.e2e;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensor.registry.stack.AuditChainKey;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.Secrets;
import org.opensor.registry.stack.ServiceProcess;
import org.opensor.registry.stack.ServiceTls;
import org.opensor.registry.stack.StackLayout;
import org.opensor.registry.testservices.TestServices;

/**
 * The three services run from their built jars as processes, once for all end-to-end tests of this run (they
 * take most of a minute to start), with one demo account per role as a newcomer gets from {@code infra/local/up}.
 * They serve HTTPS only, as in the local stack, with certificates of this run's own authority ({@link #http()}).
 */
final class E2eStack {

    private static E2eStack running;
    private static final Map<String, String> PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

    final TestServices.Endpoints servers;
    final StackLayout layout;
    final Map<String, String> common;
    /** username → password, one account per role. */
    final Map<String, String> passwords = new LinkedHashMap<>();

    final ServiceProcess api;
    final ServiceProcess worker;
    final ServiceProcess indexer;
    /** The administrator's password on the worker and the indexer (user {@code admin}): their actuator and admin API. */
    final String serviceAdminPassword;

    static synchronized E2eStack get() throws Exception {
        if (running == null) {
            running = new E2eStack();
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(() -> stopTogether(List.of(running.api, running.worker, running.indexer))));
        }
        return running;
    }

    private E2eStack() throws Exception {
        servers = TestServices.get();
        Path state = Files.createTempDirectory("opensor-e2e-");
        layout = new StackLayout(StackLayout.findProjectRoot(Path.of("")), state);
        StringBuilder credentials = new StringBuilder();
        for (String[] account : List.of(
                new String[] {"court-clerk", "clerk"},
                new String[] {"police-officer", "police"},
                new String[] {"border-officer", "border"},
                new String[] {"registry-admin", "admin"},
                new String[] {"auditor", "auditor"})) {
            // the same for every attempt of this JVM: a start that failed late may already have stored the accounts
            String password = PASSWORDS.computeIfAbsent(account[1], user -> Secrets.generatePassword());
            passwords.put(account[1], password);
            credentials
                    .append(account[0])
                    .append(' ')
                    .append(account[1])
                    .append(' ')
                    .append(password)
                    .append('\n');
        }
        Path credentialsFile = state.resolve("demo-credentials");
        Files.writeString(credentialsFile, credentials);

        common = Map.of(
                "SPRING_DATASOURCE_URL", servers.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", servers.jdbcUser(),
                "SPRING_DATASOURCE_PASSWORD", servers.jdbcPassword());
        String workerAdminPassword = Secrets.generatePassword();
        serviceAdminPassword = workerAdminPassword;
        int workerPort = Ports.freePort();
        worker = service(
                "notification-worker",
                workerPort,
                Map.of(
                        "NOTIFICATION_ADMIN_USERNAME",
                        "admin",
                        "NOTIFICATION_ADMIN_PASSWORD",
                        workerAdminPassword,
                        "NOTIFICATION_SECRET_KEY",
                        randomKey()));
        api = service(
                "registry-api",
                Ports.freePort(),
                Map.of(
                        "REGISTRY_ACCOUNTS_BOOTSTRAP_FILE",
                        credentialsFile.toString(),
                        "REGISTRY_WORKER_URL",
                        worker.url(),
                        "REGISTRY_WORKER_TRUST_BUNDLE",
                        ServiceTls.STACK_TRUST_BUNDLE,
                        "REGISTRY_WORKER_USERNAME",
                        "admin",
                        "REGISTRY_WORKER_PASSWORD",
                        workerAdminPassword,
                        "REGISTRY_AUDIT_KEY_FILE",
                        AuditChainKey.ensure(state).toString(),
                        "REGISTRY_AUDIT_CHECKPOINT_FILE",
                        AuditChainKey.checkpointFile(state).toString(),
                        // registry-api gives a connection 2 s (fail fast to 503); starting beside two services on a
                        // loaded machine needs more
                        "SPRING_APPLICATION_JSON",
                        "{\"spring.datasource.hikari.data-source-properties.connectTimeout\":\"30\","
                                + "\"spring.datasource.hikari.data-source-properties.loginTimeout\":\"30\"}"));
        indexer = service(
                "search-indexer",
                Ports.freePort(),
                Map.of("OPENSOR_MANAGEMENT_USERNAME", "admin", "OPENSOR_MANAGEMENT_PASSWORD", workerAdminPassword));
        try {
            LocalStack.startAndAwait(List.of(api, worker, indexer), line -> System.out.println("[e2e] " + line));
        } catch (RuntimeException e) {
            // one that did not come up must not leave the others running after the test JVM
            stopTogether(List.of(api, worker, indexer));
            throw e;
        }
    }

    /**
     * Asks every service to stop at once and waits for all. One after the other, a service waiting out its grace for
     * servers that the test servers' own shutdown hook already stopped used up surefire's time for the forked JVM to
     * exit, and the last service was left running with nothing to talk to.
     */
    private static void stopTogether(List<ServiceProcess> services) {
        try (var stopping = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            services.forEach(service -> stopping.submit(service::stop));
        }
    }

    /** A client that trusts this run's authority only and checks the services' names. */
    HttpClient http() {
        return api.http();
    }

    /** The authority (PEM) the services' certificates chain to. */
    Path trustedCertificate() {
        return api.trustedCertificate();
    }

    /** The HTTP Basic header of one of the stack's accounts, for a test that prepares data through the API. */
    String basicAuth(String username) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + passwords.get(username))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private ServiceProcess service(String module, int port, Map<String, String> own) {
        Map<String, String> env = new HashMap<>(common);
        env.putAll(own);
        env.putAll(servers.kafkaEnvironment(module));
        if (ElasticsearchAccess.USERS.contains(module)) {
            // registry-api and search-indexer reach Elasticsearch as their own users, with the roles of production
            env.putAll(servers.elasticsearchEnvironment(module));
        }
        env.put("SERVER_PORT", Integer.toString(port));
        return new ServiceProcess(layout, module, port, "SERVER_PORT", env);
    }
}

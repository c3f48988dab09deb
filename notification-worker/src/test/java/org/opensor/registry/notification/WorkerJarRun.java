package org.opensor.registry.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.ServiceProcess;
import org.opensor.registry.stack.StackLayout;
import org.opensor.registry.testservices.TestServices;

/**
 * Workers run from their jar, as the crash and failover tests kill them: one database and one consumer group shared
 * by the instances of a run, and no other worker in that group.
 */
final class WorkerJarRun {

    final String database;
    final String group;
    final String adminPassword = UUID.randomUUID().toString();
    private final String secretKey = randomKey();

    private WorkerJarRun(String database, String group) {
        this.database = database;
        this.group = group;
    }

    /** A new database and a consumer group (the worker's Kafka user may use groups named notification-worker*). */
    static WorkerJarRun create(String name, List<String> topics) {
        String database = TestServices.createDatabase(name);
        String group = "notification-worker-" + name.replace('_', '-') + "-" + UUID.randomUUID();
        KafkaGroups.startAtEnd(group, topics);
        return new WorkerJarRun(database, group);
    }

    /**
     * An instance of this run whose Kafka consumers' client ids start with {@code clientId}; a killed instance's leased
     * deliveries fall due again after 10 s (2 min by default).
     */
    ServiceProcess instance(String clientId) throws IOException {
        TestServices.Endpoints servers = TestServices.get();
        StackLayout layout = new StackLayout(
                StackLayout.findProjectRoot(Path.of("")), Files.createTempDirectory("opensor-worker-jar-"));
        int port = Ports.freePort();
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL",
                database,
                "SPRING_DATASOURCE_USERNAME",
                servers.jdbcUser(),
                "SPRING_DATASOURCE_PASSWORD",
                servers.jdbcPassword(),
                "NOTIFICATION_ADMIN_PASSWORD",
                adminPassword,
                "NOTIFICATION_SECRET_KEY",
                secretKey,
                "REGISTRY_NOTIFICATION_INTAKE_GROUP_ID",
                group,
                "REGISTRY_NOTIFICATION_DELIVERY_LEASE",
                "PT10S",
                "REGISTRY_NOTIFICATION_DELIVERY_REQUEST_TIMEOUT",
                "PT5S"));
        env.putAll(servers.kafkaEnvironment("notification-worker"));
        env.putAll(TestReceivers.environment());
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SPRING_KAFKA_CONSUMER_CLIENT_ID", clientId);
        return new ServiceProcess(layout, "notification-worker", port, "SERVER_PORT", env);
    }

    static String subscription(String agency, WebhookReceiver receiver, String filter) {
        return "{\"agency\":\"" + agency + "\",\"url\":\"" + receiver.url() + "\"," + filter + "}";
    }

    /** Distinct alerts (webhook-ids) that reached the receiver for the given registrants. */
    static long arrived(WebhookReceiver receiver, Set<String> registrants) {
        return receiver.received().stream()
                .filter(r -> registrants.contains(registrantOf(r.body())))
                .map(WebhookReceiver.Received::webhookId)
                .distinct()
                .count();
    }

    private static String registrantOf(String body) {
        int at = body.indexOf("\"registrantId\":\"");
        return at < 0 ? "" : body.substring(at + 16, at + 16 + 36);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

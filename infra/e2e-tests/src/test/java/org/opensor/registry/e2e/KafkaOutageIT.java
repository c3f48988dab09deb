package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensor.registry.stack.AuditChainKey;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.KafkaAccess;
import org.opensor.registry.stack.KafkaServer;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.Ports;
import org.opensor.registry.stack.Secrets;
import org.opensor.registry.stack.ServiceProcess;
import org.opensor.registry.stack.StackLayout;
import org.opensor.registry.testservices.TestServices;

/**
 * Kafka stopped for a minute while court clerks keep working: every registration is accepted (the change and its
 * event commit together in PostgreSQL), and once the broker is back every event reaches the topic. The test owns
 * its broker (so it can stop it) and its database (so no other relay publishes its outbox).
 */
class KafkaOutageIT {

    private static final String TOPIC = "registry.registrants.v1";
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final String PASSWORD = Secrets.generatePassword();
    private static KafkaServer kafka;
    private static ServiceProcess api;

    @BeforeAll
    static void start() throws Exception {
        TestServices.Endpoints servers = TestServices.get();
        String jdbcUrl = TestServices.createDatabase("outage");

        Path state = Files.createTempDirectory("opensor-outage-");
        StackLayout layout = new StackLayout(StackLayout.findProjectRoot(Path.of("")), state);
        kafka = new KafkaServer(
                layout, Ports.freePort(), Ports.freePort(), new Secrets(state.resolve("secrets.properties")));
        LocalStack.startAndAwait(List.of(kafka), line -> System.out.println("[outage] " + line));
        kafka.provision();

        Path credentials = state.resolve("demo-credentials");
        Files.writeString(credentials, "court-clerk clerk " + PASSWORD + "\n");
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", servers.jdbcUser(),
                "SPRING_DATASOURCE_PASSWORD", servers.jdbcPassword(),
                "REGISTRY_ACCOUNTS_BOOTSTRAP_FILE", credentials.toString()));
        env.put("REGISTRY_AUDIT_KEY_FILE", AuditChainKey.ensure(state).toString());
        env.put(
                "REGISTRY_AUDIT_CHECKPOINT_FILE",
                AuditChainKey.checkpointFile(state).toString());
        env.putAll(KafkaAccess.serviceEnvironment(
                kafka.bootstrapServers(),
                KafkaAccess.REGISTRY_API,
                kafka.password(KafkaAccess.REGISTRY_API),
                kafka.trustedCertificate()));
        env.putAll(servers.elasticsearchEnvironment(ElasticsearchAccess.REGISTRY_API));
        int port = Ports.freePort();
        env.put("SERVER_PORT", Integer.toString(port));
        api = new ServiceProcess(layout, "registry-api", port, "SERVER_PORT", env);
        LocalStack.startAndAwait(List.of(api), line -> System.out.println("[outage] " + line));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void registrationsDuringAMinuteWithoutKafkaAreAcceptedAndAllTheirEventsArriveAfterwards() throws Exception {
        List<String> before = register(20, "BEFORE");
        kafka.stop();
        long outageStarted = System.nanoTime();
        List<String> during = register(20, "DURING");
        Thread.sleep(Math.max(
                0,
                OUTAGE.toMillis()
                        - Duration.ofNanos(System.nanoTime() - outageStarted).toMillis()));
        LocalStack.startAndAwait(List.of(kafka), line -> System.out.println("[outage] " + line));

        Set<String> expected = new HashSet<>(before);
        expected.addAll(during);
        long back = System.nanoTime();
        Set<String> seen = registeredSubjects(expected, Duration.ofSeconds(120));
        System.out.printf(
                "[outage] %d of %d registration events on %s, the last %.1f s after Kafka was back%n",
                seen.size(), expected.size(), TOPIC, (System.nanoTime() - back) / 1e9);
        assertThat(seen)
                .as("registrants whose registration event reached %s after the outage", TOPIC)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Registers people as the court clerk; every one must be accepted, Kafka or not. */
    private static List<String> register(int count, String batch) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created = api.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(api.url() + "/api/v1/registrants"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(("clerk:" + PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"familyName":"OUTAGE%s","givenNames":"Person %d","dateOfBirth":"1980","sex":"FEMALE","confirmedDistinctPerson":true}""".formatted(batch, i)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
            assertThat(id.find()).isTrue();
            ids.add(id.group(1));
        }
        return ids;
    }

    /** Reads the topic from the start until every expected registrant has a registration event, or time runs out. */
    private static Set<String> registeredSubjects(Set<String> expected, Duration patience) {
        Properties props = new Properties();
        props.putAll(kafka.clientProperties(KafkaAccess.ADMIN));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "outage-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + patience.toNanos();
            while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    var type = record.headers().lastHeader("ce_type");
                    if (type != null
                            && new String(type.value(), StandardCharsets.UTF_8).contains(".registered.")
                            && expected.contains(record.key())) {
                        seen.add(record.key());
                    }
                }
            }
        }
        return seen;
    }
}

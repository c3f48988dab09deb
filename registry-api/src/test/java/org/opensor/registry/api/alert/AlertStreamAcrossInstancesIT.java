package org.opensor.registry.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistryApiApplication;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestAuditKey;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 6, "the stream is per instance", as officers on two registry-api instances would meet it: the test's own
 * context is instance A, a second application in this JVM is instance B, both on the same database and in the same
 * Kafka consumer group. A new alert reaches the streams on both, whichever instance took it in; an acknowledgement
 * made through A reaches B's stream; no instance sends one change twice; and the streams stay live when the
 * database drops the connections that listen for changes.
 */
@IntegrationTest
class AlertStreamAcrossInstancesIT {

    private static final String PURPOSE = "CASE-2026-0101 border alert handling";
    /** How the listening connections name themselves to PostgreSQL (PostgresAlertChangeListener). */
    private static final String LISTENER = "registry-api alert change listener";

    private static ConfigurableApplicationContext instanceB;
    private static int portB;

    @LocalServerPort
    int portA;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void startInstanceB() {
        TestServices.Endpoints servers = TestServices.get();
        SpringApplicationBuilder builder =
                new SpringApplicationBuilder(RegistryApiApplication.class, TestServers.class);
        // A second application in one JVM must not reconfigure, and on close tear down, the logging instance A set up.
        builder.application()
                .setListeners(builder.application().getListeners().stream()
                        .filter(listener -> !(listener instanceof LoggingApplicationListener))
                        .toList());
        // Command-line arguments, since application.yml's own defaults would outrank default properties;
        // TestServers' property registrar works only in a test context.
        java.util.Map<String, Object> kafka = servers.kafkaClient("registry-api");
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--spring.kafka.security.protocol=" + kafka.getOrDefault("security.protocol", "PLAINTEXT"),
                "--opensor.kafka.password=" + servers.kafkaPasswords().getOrDefault("registry-api", ""),
                "--spring.datasource.url=" + servers.jdbcUrl(),
                "--spring.datasource.username=" + servers.jdbcUser(),
                "--spring.datasource.password=" + servers.jdbcPassword(),
                "--spring.kafka.bootstrap-servers=" + servers.kafkaBootstrap(),
                "--registry.search.index-alias=" + TestServers.SEARCH_ALIAS,
                "--registry.audit.key-file=" + TestAuditKey.file(),
                "--registry.audit.checkpoint-file=" + TestAuditKey.checkpointFile("instance-b")));
        // as the test contexts do: the super user, since the tests fill the index themselves
        servers.elasticsearchProperties(ElasticsearchAccess.ADMIN)
                .forEach((name, value) -> arguments.add("--" + name + "=" + value));
        if (servers.trustedCertificate() != null) {
            // the servers' certificate authority: the test servers' Kafka speaks TLS only
            arguments.add("--spring.kafka.ssl.trust-store-type=PEM");
            arguments.add("--spring.kafka.ssl.trust-store-location=file:" + servers.trustedCertificate());
        }
        instanceB = builder.run(arguments.toArray(String[]::new));
        portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc, encoder);
    }

    @Test
    void everyInstanceStreamsEveryChangeOnce() throws Exception {
        try (EventStream onA = EventStream.open(portA);
                EventStream onB = EventStream.open(portB)) {
            UUID alertId = UUID.randomUUID();
            publishIssued(alertId);
            // Whichever instance's consumer took the record in: B joining the group may first move the partitions.
            onA.await(alertId + ":OPEN", Duration.ofSeconds(60));
            onB.await(alertId + ":OPEN", Duration.ofSeconds(60));

            ApiClient.Reply acknowledged =
                    new ApiClient(portA).post("/api/v1/alerts/" + alertId + "/acknowledgement", "border", """
                    {"note":"Seen at the desk of instance A"}""");
            assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
            String data = onB.await(alertId + ":ACKNOWLEDGED", Duration.ofSeconds(10));
            assertThat(data).contains("\"state\":\"ACKNOWLEDGED\"").contains("\"acknowledgedBy\":\"border\"");
            onA.await(alertId + ":ACKNOWLEDGED", Duration.ofSeconds(10));

            // Changes reach a stream in commit order, so a second copy of the first alert's events would come before
            // this.
            UUID marker = UUID.randomUUID();
            publishIssued(marker);
            onA.await(marker + ":OPEN", Duration.ofSeconds(30));
            onB.await(marker + ":OPEN", Duration.ofSeconds(30));
            for (EventStream stream : List.of(onA, onB)) {
                assertThat(stream.ids())
                        .as("events on the stream of port " + stream.port)
                        .containsOnlyOnce(alertId + ":OPEN", alertId + ":ACKNOWLEDGED")
                        .filteredOn(id -> id.startsWith(alertId.toString()))
                        .hasSize(2);
            }
        }
    }

    @Test
    void theStreamsStayLiveWhenTheDatabaseDropsTheListeningConnections() throws Exception {
        try (EventStream onA = EventStream.open(portA);
                EventStream onB = EventStream.open(portB)) {
            int listening = listeningConnections();
            assertThat(listening).as("one per running instance").isGreaterThanOrEqualTo(2);
            double reconnectsBefore = reconnectsOfA();

            assertThat(jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = :name")
                            .param("name", LISTENER)
                            .query(Boolean.class)
                            .list())
                    .hasSize(listening)
                    .containsOnly(true);
            // A change made before the connections are back would be lost by design: wait for them, not for a guess.
            await("the listening connections are opened again")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> reconnectsOfA() > reconnectsBefore && listeningConnections() >= listening);

            UUID alertId = UUID.randomUUID();
            publishIssued(alertId);
            onA.await(alertId + ":OPEN", Duration.ofSeconds(60));
            onB.await(alertId + ":OPEN", Duration.ofSeconds(60));
        }
    }

    private int listeningConnections() {
        return jdbc.sql("select count(*) from pg_stat_activity where application_name = :name")
                .param("name", LISTENER)
                .query(Integer.class)
                .single();
    }

    private double reconnectsOfA() {
        return meters.get("registry.alert.change.listener.reconnects").counter().count();
    }

    private static void publishIssued(UUID alertId) {
        AlertIssuedV1 issued = new AlertIssuedV1(
                alertId,
                "UNDECLARED_TRAVEL",
                "URGENT",
                UUID.randomUUID(),
                List.of("liaison:THA"),
                "Border hit at BKK without a travel notice",
                "Registrant crossed without declaring the trip",
                "undeclared-travel",
                UUID.randomUUID(),
                Instant.now().plusSeconds(600),
                Instant.now());
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.ALERTS, alertId.toString(), EventCodec.write(issued));
            record.headers()
                    .add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, AlertEventTypes.ISSUED_V1.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not publish", e);
        }
    }

    /** The API's alert stream on one instance, read line by line as a border officer. */
    private static final class EventStream implements AutoCloseable {

        private final int port;
        private final HttpClient http = HttpClient.newHttpClient();
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> ids = new CopyOnWriteArrayList<>();
        private HttpResponse<java.util.stream.Stream<String>> response;

        private EventStream(int port) {
            this.port = port;
        }

        static EventStream open(int port) throws Exception {
            EventStream stream = new EventStream(port);
            String credentials = Base64.getEncoder()
                    .encodeToString(("border:" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
            stream.response = stream.http
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/alerts/stream"))
                                    .header("Authorization", "Basic " + credentials)
                                    .header("X-Purpose", PURPOSE)
                                    .header("Accept", "text/event-stream")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines())
                    .get(30, TimeUnit.SECONDS);
            assertThat(stream.response.statusCode()).isEqualTo(200);
            Thread.ofVirtual().start(() -> {
                try {
                    stream.response.body().forEach(line -> {
                        if (line.startsWith("id:")) {
                            stream.ids.add(line.substring("id:".length()));
                        }
                        stream.lines.add(line);
                    });
                } catch (java.io.UncheckedIOException closedByTheTest) {
                    // the test closes the stream when it is done
                }
            });
            stream.awaitLine("event:", "ready", Duration.ofSeconds(30));
            return stream;
        }

        /** Waits for the event with this id ({@code <alertId>:<state>}) and returns its data line. */
        String await(String id, Duration within) throws InterruptedException {
            awaitLine("id:", id, within);
            return awaitLine("data:", "", Duration.ofSeconds(5));
        }

        /** The ids of the events seen so far, in order. */
        List<String> ids() {
            return List.copyOf(ids);
        }

        private String awaitLine(String prefix, String containing, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix) && line.contains(containing)) {
                    return line;
                }
            }
            throw new AssertionError(
                    "nothing containing " + containing + " on the stream of port " + port + " within " + within);
        }

        @Override
        public void close() {
            if (response != null) {
                response.body().close();
            }
            http.shutdownNow();
        }
    }
}

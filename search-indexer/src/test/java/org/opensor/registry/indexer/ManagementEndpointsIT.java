package org.opensor.registry.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.indexer.registrant.RegistrantIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The indexer's HTTP side as someone else on the host or network meets it (issue 21, finding 4): it listens on loopback
 * only, probes get a status and nothing more, metrics and the on-demand reconciliation need the operator's login.
 * The scheduled reconciliation is off here, so the on-demand one is what repairs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "registry.indexer.reconciliation.enabled=false",
            "opensor.management.username=" + ManagementEndpointsIT.OPERATOR,
            "opensor.management.password=" + ManagementEndpointsIT.PASSWORD
        })
@Import(IndexerTestServers.class)
class ManagementEndpointsIT {

    static final String OPERATOR = "operator";
    static final String PASSWORD = "operator-password-for-this-test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    RegistrantIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final KafkaProducer<String, byte[]> producer = IndexerTestServers.producer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void probesSeeTheStatusOnlyAndTheOperatorSeesTheComponents() throws Exception {
        assertThat(get("/actuator/health", null).body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "elasticsearch", "kafka");
        assertThat(get("/actuator/health/readiness", null).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/elasticsearch", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/health/readiness", OPERATOR).body()).contains("\"elasticsearch\"", "\"kafka\"");
    }

    @Test
    void metricsNeedTheOperatorsLogin() throws Exception {
        for (String path :
                List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator/reconciliation")) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
        assertThat(get("/actuator/prometheus", OPERATOR).statusCode()).isEqualTo(200);
        assertThat(HTTP.send(
                                request("/actuator/prometheus")
                                        .header("Authorization", basic(OPERATOR, "guessed"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theOperatorRepairsADocumentRolledBackToAnOlderVersionOnDemand() throws Exception {
        UUID id = UUID.randomUUID();
        publish(state(id, 1));
        publish(state(id, 2));
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        index.find(id.toString()).map(d -> d.version() == 2).orElse(false));
        var current = index.find(id.toString()).orElseThrow();
        // as a restore of an old snapshot would leave it: the document at version 1
        elasticsearch.delete(d -> d.index("registrants").id(id.toString()).refresh(Refresh.True));
        // the delete's tombstone refuses version 1 until a refresh has pruned it (index.gc_deletes=0s)
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptionsInstanceOf(ElasticsearchException.class)
                .until(() -> {
                    elasticsearch.indices().refresh(r -> r.index("registrants"));
                    elasticsearch.index(i -> i.index("registrants")
                            .id(id.toString())
                            .version(1L)
                            .versionType(VersionType.External)
                            .document(current)
                            .refresh(Refresh.True));
                    return true;
                });

        HttpResponse<String> anonymous = HTTP.send(
                request("/actuator/reconciliation")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> repaired = HTTP.send(
                request("/actuator/reconciliation")
                        .header("Authorization", basic(OPERATOR, PASSWORD))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
        // at least this one: other test classes of the run share the topic and the index
        assertThat(count(repaired.body(), "stale")).isGreaterThanOrEqualTo(1);
        assertThat(count(repaired.body(), "repaired")).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(5))
                .until(() ->
                        index.find(id.toString()).map(d -> d.version() == 2).orElse(false));
        assertThat(get("/actuator/prometheus", OPERATOR).body())
                .contains("search_index_drift_repaired_total{reason=\"stale\"}");
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .filter(this::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(external.isPresent(), "this host has no address but loopback");
        assertThatThrownBy(() -> {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(external.get(), port), 2000);
                    }
                })
                .isInstanceOf(java.net.ConnectException.class);
    }

    private static long count(String json, String field) {
        var matcher =
                java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private boolean up(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = request(path);
        if (user != null) {
            request.header("Authorization", basic(user, PASSWORD));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static RegistrantStateV1 state(UUID id, long version) {
        return RegistrantStateV1.identityOnly(
                id, version, "SOPHAL", "Dara", null, "1971-03", "MALE", List.of("KHM"), Instant.now());
    }

    private void publish(RegistrantStateV1 state) throws Exception {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.REGISTRANTS, state.registrantId().toString(), EventCodec.write(state));
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(CloudEventHeaders.TYPE, RegistrantEventTypes.REGISTERED_V1.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/test".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }
}

package org.opensor.registry.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.indexer.registrant.RegistrantIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/**
 * A document deleted or rolled back behind the indexer's back comes back by itself within the reconciliation interval
 * (issue 21, finding 3), counted in {@code search_index_drift_repaired_total} and logged by id, never by name.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "registry.indexer.reconciliation.interval=" + IndexReconciliationIT.INTERVAL)
@Import(IndexerTestServers.class)
@ExtendWith(OutputCaptureExtension.class)
class IndexReconciliationIT {

    static final String INTERVAL = "PT3S";

    @Autowired
    RegistrantIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    MeterRegistry meters;

    private final KafkaProducer<String, byte[]> producer = IndexerTestServers.producer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void aDocumentDeletedBehindTheIndexersBackIsBackWithinTheInterval(CapturedOutput output) throws Exception {
        UUID id = UUID.randomUUID();
        publish(state(id, 1, "VANNAK"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> index.find(id.toString()).isPresent());
        double repairedBefore = repaired("missing");

        long deleted = System.nanoTime();
        elasticsearch.delete(d -> d.index("registrants").id(id.toString()).refresh(Refresh.True));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> index.find(id.toString()).isPresent());
        Duration back = Duration.ofNanos(System.nanoTime() - deleted);

        System.out.printf(
                "[reconciliation] deleted document back after %d ms (interval %s)%n", back.toMillis(), INTERVAL);
        assertThat(back).isLessThan(Duration.parse(INTERVAL).multipliedBy(2).plusSeconds(5));
        assertThat(index.find(id.toString()).orElseThrow().version()).isEqualTo(1);
        assertThat(repaired("missing")).isGreaterThan(repairedBefore);
        await().atMost(Duration.ofSeconds(5)).until(() -> output.getAll().contains(id.toString()));
        assertThat(output.getAll()).contains("missing from the index").doesNotContain("VANNAK");
    }

    private double repaired(String reason) {
        var counter =
                meters.find("search.index.drift.repaired").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static RegistrantStateV1 state(UUID id, long version, String family) {
        return RegistrantStateV1.identityOnly(
                id, version, family, "Dara", null, "1971-03", "MALE", List.of("KHM"), Instant.now());
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

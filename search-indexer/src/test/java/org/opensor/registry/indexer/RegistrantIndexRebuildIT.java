package org.opensor.registry.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.indexer.registrant.RegistrantIndex;
import org.opensor.registry.indexer.registrant.RegistrantIndexRebuild;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The rebuild as an operator runs it beside the live indexer: every registrant is in the new index afterwards,
 * events published during the rebuild are not lost, the old index is gone, and a reader polling the alias the
 * whole time never finds it empty or missing a registrant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(IndexerTestServers.class)
class RegistrantIndexRebuildIT {

    private static final int REGISTRANTS = 300;

    @Autowired
    RegistrantIndex index;

    @Autowired
    RegistrantIndexRebuild rebuild;

    @Autowired
    ElasticsearchClient client;

    @Test
    void aRebuildKeepsEveryRegistrantSearchableThroughoutAndLosesNoEventPublishedMeanwhile() throws Exception {
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = IndexerTestServers.producer()) {
            for (int i = 0; i < REGISTRANTS; i++) {
                ids.add(publish(producer, UUID.randomUUID(), 1, "KEO", "Rithy"));
            }
            awaitTrue(() -> countOf(ids) == REGISTRANTS);
            String before = index.currentIndex().orElseThrow();

            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            List<String> gaps = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                while (reading.get()) {
                    try {
                        long seen = countOf(ids);
                        if (seen != REGISTRANTS) {
                            gaps.add("alias showed " + seen + " of " + REGISTRANTS);
                        }
                    } catch (RuntimeException e) {
                        gaps.add("alias unreadable: " + e.getMessage());
                    }
                    reads.incrementAndGet();
                }
            });
            List<String> meanwhile = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 20; i++) {
                    meanwhile.add(publish(producer, UUID.randomUUID(), 1, "SOK", "Dara"));
                    sleep(50);
                }
            });

            RegistrantIndexRebuild.Report report = rebuild.rebuild();
            writer.get();
            reading.set(false);
            reader.get();

            assertThat(report.oldIndex()).isEqualTo(before);
            assertThat(report.newIndex()).isNotEqualTo(before);
            assertThat(index.currentIndex()).contains(report.newIndex());
            assertThat(client.indices().exists(e -> e.index(before)).value())
                    .as("old index deleted")
                    .isFalse();
            assertThat(report.eventsRead()).isGreaterThanOrEqualTo(REGISTRANTS);
            assertThat(gaps)
                    .as("what a reader saw during the rebuild (%d reads)", reads.get())
                    .isEmpty();
            assertThat(reads.get()).isPositive();
            awaitTrue(() -> countOf(meanwhile) == meanwhile.size());
            assertThat(index.count(report.newIndex())).isGreaterThanOrEqualTo(REGISTRANTS + meanwhile.size());
        }
    }

    private long countOf(List<String> ids) {
        try {
            List<String> copy = List.copyOf(ids);
            return client.count(c -> c.index("registrants").query(q -> q.ids(i -> i.values(copy))))
                    .count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String publish(
            KafkaProducer<String, byte[]> producer, UUID id, long version, String family, String given) {
        RegistrantStateV1 state = RegistrantStateV1.identityOnly(
                id, version, family, given, null, "1971-03", "MALE", List.of("KHM"), Instant.now());
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.REGISTRANTS, id.toString(), EventCodec.write(state));
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(CloudEventHeaders.TYPE, RegistrantEventTypes.REGISTERED_V1.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/test".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return id.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        Awaitility.await("condition not met within 60 s")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(condition::getAsBoolean);
    }
}

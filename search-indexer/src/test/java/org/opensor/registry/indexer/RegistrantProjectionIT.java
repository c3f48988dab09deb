package org.opensor.registry.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.index.IndexedRegistrant;
import org.opensor.registry.index.RegistrantDocument;
import org.opensor.registry.indexer.registrant.RegistrantIndex;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IndexerTestServers.class)
class RegistrantProjectionIT {

    @Autowired
    RegistrantIndex index;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final KafkaProducer<String, byte[]> producer = IndexerTestServers.producer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void anIndexMadeWithAnotherRefreshIntervalIsGivenTheConfiguredOneAtStart() throws Exception {
        index.ensureExists();
        elasticsearch
                .indices()
                .putSettings(p -> p.index("registrants").settings(s -> s.refreshInterval(t -> t.time("30s"))));

        index.ensureExists();

        String concrete = index.currentIndex().orElseThrow();
        assertThat(elasticsearch
                        .indices()
                        .getSettings(g -> g.index("registrants"))
                        .get(concrete)
                        .settings()
                        .index()
                        .refreshInterval()
                        .time())
                .isEqualTo("500ms");
    }

    @Test
    void aRebuiltIndexIsMergedIntoOneSegmentInTheBackground() throws Exception {
        index.ensureExists();
        String rebuilt = index.createNextIndex();
        try {
            for (int batch = 0; batch < 3; batch++) {
                List<RegistrantDocument> documents = new java.util.ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    documents.add(RegistrantDocument.of(
                            new IndexedRegistrant(
                                    UUID.randomUUID().toString(),
                                    1,
                                    "KEO",
                                    "Rithy",
                                    null,
                                    "1971-03",
                                    null,
                                    "MALE",
                                    List.of("KHM"),
                                    List.of(),
                                    List.of()),
                            UUID.randomUUID().toString(),
                            "2026-11-29T10:00:00Z"));
                }
                index.storeAll(rebuilt, documents);
                index.makeSearchable(rebuilt); // a refresh: a segment of its own for each batch
            }
            assertThat(segments(rebuilt)).isGreaterThan(1);

            index.mergeInBackground(rebuilt);

            awaitTrue(() -> segments(rebuilt) == 1);
            assertThat(index.count(rebuilt)).isEqualTo(15);
        } finally {
            index.delete(rebuilt);
        }
    }

    private void refresh() {
        try {
            elasticsearch.indices().refresh(r -> r.index("registrants"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long segments(String concreteIndex) {
        try {
            // the index's own segments API: the indexer's role may monitor its indices, not the cluster (_cat)
            return elasticsearch
                    .indices()
                    .segments(c -> c.index(concreteIndex))
                    .indices()
                    .get(concreteIndex)
                    .shards()
                    .values()
                    .stream()
                    .flatMap(java.util.List::stream)
                    .mapToLong(shard -> shard.segments().size())
                    .sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRegistrantEventBecomesASearchDocumentWithMatchingKeys() {
        RegistrantStateV1 state = state(UUID.randomUUID(), 1, "CHANN", "Sokha");

        publish(state, UUID.randomUUID().toString(), RegistrantEventTypes.REGISTERED_V1, EventCodec.write(state));

        RegistrantDocument document =
                await(() -> index.find(state.registrantId().toString()));
        assertThat(document.familyName()).isEqualTo("CHANN");
        assertThat(document.version()).isEqualTo(1);
        assertThat(document.keys())
                .contains("dob:1971", "dob:1971-03")
                .anyMatch(k -> k.startsWith("sk:"))
                .anyMatch(k -> k.startsWith("dm:"));
        // What registry-api's search reads, from the doc value: the registrant id first, then the fields, no nulls.
        assertThat(new String(
                        java.util.Base64.getDecoder().decode(document.candidate()),
                        java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"registrantId\":\"" + state.registrantId()
                        + "\",\"version\":1,\"familyName\":\"CHANN\",\"givenNames\":\"Sokha\"")
                .doesNotContain("null")
                .doesNotContain("keys");
    }

    @Test
    void everyRegistrantEventTypeIsIndexedAndAliasesWithTheirOwnBirthDatesAndDocumentNumbersBecomeKeys() {
        UUID id = UUID.randomUUID();
        RegistrantStateV1 registered = state(id, 1, "SOK", "Sokha");
        RegistrantStateV1 changed = new RegistrantStateV1(
                id,
                2,
                "SOK",
                "Sokha",
                "សុខ សុខា",
                List.of(
                        new RegistrantStateV1.Alias("VORN", "Dara", null, "1965"),
                        new RegistrantStateV1.Alias(null, null, "Peter Miller", null)),
                "1971-03",
                null,
                "MALE",
                null,
                List.of("KHM"),
                List.of(new RegistrantStateV1.Document("PASSPORT", "n 0123-4567", "KHM", null)),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                "IN_CUSTODY",
                List.of(),
                null,
                Instant.now());
        RegistrantStateV1 bailed = new RegistrantStateV1(
                id,
                3,
                "SOK",
                "Sokha",
                "សុខ សុខា",
                changed.aliases(),
                "1971-03",
                null,
                "MALE",
                null,
                List.of("KHM"),
                changed.documents(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                "ON_BAIL",
                List.of(),
                null,
                Instant.now());

        publish(
                registered,
                UUID.randomUUID().toString(),
                RegistrantEventTypes.REGISTERED_V1,
                EventCodec.write(registered));
        publish(
                changed,
                UUID.randomUUID().toString(),
                RegistrantEventTypes.IDENTITY_CHANGED_V1,
                EventCodec.write(changed));
        publish(
                bailed,
                UUID.randomUUID().toString(),
                RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                EventCodec.write(bailed));

        awaitTrue(() -> index.find(id.toString()).map(d -> d.version() == 3).orElse(false));
        RegistrantDocument document = index.find(id.toString()).orElseThrow();
        assertThat(document.keys())
                .contains("n:vorn", "n:dara", "n:peter", "n:miller", "dob:1965", "dob:1971-03", "doc:N01234567");
        assertThat(RegistrantEventTypes.ALL).hasSize(7);
    }

    @Test
    void aDeregistrationLeavesANamelessDocumentThatAnOlderNamedEventCannotReplace() {
        UUID id = UUID.randomUUID();
        RegistrantStateV1 named = state(id, 1, "DEREG", "Sokha");
        RegistrantStateV1 renamed = state(id, 2, "DEREGG", "Sokha");
        RegistrantStateV1 deregistered = state(id, 3, "DEREGG", "Sokha");
        publish(named, UUID.randomUUID().toString(), RegistrantEventTypes.REGISTERED_V1, EventCodec.write(named));
        publish(
                deregistered,
                UUID.randomUUID().toString(),
                RegistrantEventTypes.DEREGISTERED_V1,
                EventCodec.write(deregistered));
        awaitTrue(() -> index.find(id.toString()).map(d -> d.version() == 3).orElse(false));
        double skippedBefore = skipped();
        publish(
                renamed,
                UUID.randomUUID().toString(),
                RegistrantEventTypes.IDENTITY_CHANGED_V1,
                EventCodec.write(renamed));
        awaitTrue(() -> skipped() > skippedBefore);

        RegistrantDocument document = index.find(id.toString()).orElseThrow();
        assertThat(document.version()).isEqualTo(3);
        assertThat(document.keys()).as("no search can retrieve it").isEmpty();
        assertThat(document.familyName()).isNull();
        assertThat(document.givenNames()).isNull();
        assertThat(document.documentNumbers()).isEmpty();
    }

    @Test
    void theSameEventTwiceOrAnOlderEventLaterIsIndexedOnce() {
        UUID id = UUID.randomUUID();
        RegistrantStateV1 first = state(id, 1, "SOK", "Sokha");
        RegistrantStateV1 second = state(id, 2, "SOK", "Sokhar");
        String secondEventId = UUID.randomUUID().toString();
        double skippedBefore = skipped();

        publish(first, UUID.randomUUID().toString(), RegistrantEventTypes.REGISTERED_V1, EventCodec.write(first));
        publish(second, secondEventId, RegistrantEventTypes.REGISTERED_V1, EventCodec.write(second));
        publish(second, secondEventId, RegistrantEventTypes.REGISTERED_V1, EventCodec.write(second)); // relay resent it
        publish(
                first,
                UUID.randomUUID().toString(),
                RegistrantEventTypes.REGISTERED_V1,
                EventCodec.write(first)); // a late replay

        awaitTrue(() -> skipped() >= skippedBefore + 2);
        // find reads what search sees. Both duplicates were refused against version 2, so version 2 is written; a
        // refresh now makes it visible (waiting for the first document found could catch a refresh that fell between
        // the two writes, and see version 1).
        refresh();
        RegistrantDocument document = await(() -> index.find(id.toString()));
        assertThat(document.version()).isEqualTo(2);
        assertThat(document.givenNames()).isEqualTo("Sokhar");
        assertThat(document.lastEventId()).isEqualTo(secondEventId);
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicWithItsReasonAndDoesNotBlockTheNext() {
        UUID id = UUID.randomUUID();
        RegistrantStateV1 valid = state(id, 1, "KEO", "Rithy");
        byte[] broken = "{\"registrantId\":\""
                .concat(id.toString())
                .concat("\",\"version\":1}")
                .getBytes(StandardCharsets.UTF_8);

        try (KafkaConsumer<String, byte[]> deadLetters = consumer(Topics.deadLetter(Topics.REGISTRANTS))) {
            publish(valid, UUID.randomUUID().toString(), RegistrantEventTypes.REGISTERED_V1, broken);
            publish(
                    valid,
                    UUID.randomUUID().toString(),
                    "org.opensor.registry.registrant.unheard-of.v9",
                    EventCodec.write(valid));
            publish(valid, UUID.randomUUID().toString(), RegistrantEventTypes.REGISTERED_V1, EventCodec.write(valid));

            assertThat(await(() -> index.find(id.toString())).familyName()).isEqualTo("KEO");
            List<ConsumerRecord<String, byte[]>> parked = new java.util.ArrayList<>();
            awaitTrue(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.toString().equals(r.key())) {
                        parked.add(r);
                    }
                });
                return parked.size() >= 2;
            });
            Map<String, String> reasons = new java.util.HashMap<>();
            parked.forEach(r ->
                    reasons.put(header(r, CloudEventHeaders.TYPE), header(r, CloudEventHeaders.DEAD_LETTER_REASON)));
            assertThat(reasons.get(RegistrantEventTypes.REGISTERED_V1)).contains("familyName");
            assertThat(reasons.get("org.opensor.registry.registrant.unheard-of.v9"))
                    .contains("unknown event type");
            assertThat(parked).allSatisfy(r -> assertThat(r.value()).isNotEmpty());
        }
    }

    private double skipped() {
        var counter = meters.find("registry.indexer.events")
                .tag("outcome", "already_current")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static RegistrantStateV1 state(UUID id, long version, String family, String given) {
        return RegistrantStateV1.identityOnly(
                id, version, family, given, null, "1971-03", "MALE", List.of("KHM"), Instant.now());
    }

    private void publish(RegistrantStateV1 state, String eventId, String type, byte[] payload) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.REGISTRANTS, state.registrantId().toString(), payload);
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/test".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String topic) {
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <T> T await(Supplier<Optional<T>> probe) {
        return Awaitility.await("not there within 60 s")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(probe::get, Optional::isPresent)
                .get();
    }

    private static void awaitTrue(Supplier<Boolean> probe) {
        await(() -> probe.get() ? Optional.of(true) : Optional.empty());
    }
}

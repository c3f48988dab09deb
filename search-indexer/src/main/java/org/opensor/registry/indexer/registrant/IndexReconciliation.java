package org.opensor.registry.indexer.registrant;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.opensor.registry.index.RegistrantDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Repairs drift between the registrant topic and the index: a document deleted or changed behind the indexer's back,
 * or lost with an Elasticsearch restore, stays wrong otherwise until the registrant changes again (and a deleted one
 * even then, had it been older). Compares each registrant's latest version on {@code registry.registrants.v1} with
 * the version the index holds and re-indexes what is missing or older, with the same idempotent, versioned writes as
 * the live projection. It reads the topic, not PostgreSQL: the topic is the indexer's one source already, so it needs
 * no database login (least privilege), and the outbox puts every committed change there. Logs counts and registrant
 * ids only, never a name.
 */
@Component
public class IndexReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(IndexReconciliation.class);
    private static final int COMPARE_BATCH = 1000;
    private static final int IDS_LOGGED = 20;

    private final RegistrantIndex index;
    private final KafkaProperties kafka;
    private final MeterRegistry meters;

    IndexReconciliation(RegistrantIndex index, KafkaProperties kafka, MeterRegistry meters) {
        this.index = index;
        this.kafka = kafka;
        this.meters = meters;
    }

    /** What one run found and did. */
    public record Report(long registrants, long missing, long stale, long repaired, Duration took) {}

    /** One run: reads the topic to its current end, compares, repairs. Safe beside the live indexer and a rebuild. */
    public synchronized Report reconcile() {
        long started = System.nanoTime();
        index.ensureExists();
        Map<String, Long> latest = new HashMap<>();
        readTopic(record -> {
            Long version = versionOf(record);
            if (version != null) {
                latest.merge(record.key(), version, Math::max);
            }
        });
        Set<String> missing = new HashSet<>();
        Set<String> stale = new HashSet<>();
        List<String> ids = new ArrayList<>(latest.keySet());
        for (int from = 0; from < ids.size(); from += COMPARE_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + COMPARE_BATCH));
            Map<String, Long> indexed = index.versions(batch);
            for (String id : batch) {
                Long held = indexed.get(id);
                if (held == null) {
                    missing.add(id);
                } else if (held < latest.get(id)) {
                    stale.add(id);
                }
            }
        }
        long repaired = missing.isEmpty() && stale.isEmpty() ? 0 : repair(latest, missing, stale);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        meters.counter("registry.indexer.reconciliation.runs").increment();
        if (missing.isEmpty() && stale.isEmpty()) {
            LOG.info("reconciliation: {} registrants, index matches the topic ({} ms)", latest.size(), took.toMillis());
        } else {
            LOG.warn(
                    "reconciliation: {} registrants, {} missing from the index, {} stale, {} repaired ({} ms); ids: missing {}, stale {}",
                    latest.size(),
                    missing.size(),
                    stale.size(),
                    repaired,
                    took.toMillis(),
                    firstIds(missing),
                    firstIds(stale));
        }
        return new Report(latest.size(), missing.size(), stale.size(), repaired, took);
    }

    /** Reads the topic again and stores, for each drifted registrant, the event of its latest version. */
    private long repair(Map<String, Long> latest, Set<String> missing, Set<String> stale) {
        long[] repaired = {0};
        List<RegistrantDocument> batch = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        readTopic(record -> {
            String id = record.key();
            boolean isMissing = missing.contains(id);
            if (!isMissing && !stale.contains(id)) {
                return;
            }
            Long version = versionOf(record);
            if (version == null || !version.equals(latest.get(id))) {
                return;
            }
            try {
                batch.add(RegistrantProjection.documentOf(record));
                reasons.add(isMissing ? "missing" : "stale");
            } catch (MalformedEventException | IllegalArgumentException e) {
                return; // the live indexer sent it to the dead-letter topic
            }
            if (batch.size() >= COMPARE_BATCH) {
                repaired[0] += store(batch, reasons);
            }
        });
        repaired[0] += store(batch, reasons);
        return repaired[0];
    }

    private long store(List<RegistrantDocument> batch, List<String> reasons) {
        long stored = 0;
        List<RegistrantIndex.Outcome> outcomes = batch.isEmpty() ? List.of() : index.store(batch);
        if (outcomes.contains(RegistrantIndex.Outcome.ALREADY_CURRENT) && reasons.contains("missing")) {
            // a fresh delete's tombstone still refused the version: a refresh forgets it (index.gc_deletes=0s), once
            // more
            index.currentIndex().ifPresent(index::makeSearchable);
            outcomes = index.store(batch);
        }
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == RegistrantIndex.Outcome.INDEXED) {
                meters.counter("search.index.drift.repaired", "reason", reasons.get(i))
                        .increment();
                stored++;
            }
        }
        batch.clear();
        reasons.clear();
        return stored;
    }

    private static Long versionOf(ConsumerRecord<String, byte[]> record) {
        // only a plain registrant id keys state; <id>:restriction and the like are no registrant of their own
        if (record.key() == null || record.value() == null || !RegistrantTopicKeys.isState(record.key())) {
            return null;
        }
        try {
            return EventCodec.read(record.value(), RegistrantStateV1.class).version();
        } catch (MalformedEventException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> firstIds(Set<String> ids) {
        return ids.stream().sorted().limit(IDS_LOGGED).toList();
    }

    /** Every record of the topic from its beginning to the end it has now, with a consumer of no group. */
    private void readTopic(Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.REGISTRANTS, Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        each.accept(record);
                    }
                }
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-indexer-reconciliation-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}

package org.opensor.registry.indexer.registrant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.index.RegistrantDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from {@code registry.registrants.v1} with no gap in search:
 * <ol>
 *   <li>captures the end offsets of the topic and creates a new concrete index beside the live one;</li>
 *   <li>fills it from the beginning of the topic up to those offsets, with its own consumer (no group, no
 *       committed offsets: the live indexer's group is untouched), without refreshing it until it is full;</li>
 *   <li>moves the alias to the new index in one atomic step, so readers see the old index or the new one,
 *       never none; from then on the live indexer writes into the new index through the alias;</li>
 *   <li>catches up from the captured offsets to the topic's end now, into the new index: events the live
 *       indexer wrote only into the old index meanwhile (external versioning makes any overlap harmless);</li>
 *   <li>deletes the old index, and asks Elasticsearch to merge the new one into one segment in the background.</li>
 * </ol>
 * Malformed events are skipped and counted (the live indexer has already sent them to the dead-letter topic).
 * The log shows progress as events read out of the total; it never shows a payload.
 */
@Component
public class RegistrantIndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrantIndexRebuild.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final RegistrantIndex index;
    private final KafkaProperties kafka;

    RegistrantIndexRebuild(RegistrantIndex index, KafkaProperties kafka) {
        this.index = index;
        this.kafka = kafka;
    }

    /** What a rebuild did. */
    public record Report(String oldIndex, String newIndex, long eventsRead, long malformed, long documents) {}

    /** Runs the whole rebuild; throws if any step fails, leaving the alias on the old index until the swap. */
    public Report rebuild() {
        index.ensureExists();
        String oldIndex = index.currentIndex().orElse(null);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.REGISTRANTS, Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> captured = consumer.endOffsets(partitions);
            String newIndex = index.createNextIndex();
            LOG.info("rebuild: filling {} from {} (alias now on {})", newIndex, Topics.REGISTRANTS, oldIndex);
            consumer.seekToBeginning(partitions);
            long[] malformed = {0};
            long read = copy(consumer, start, captured, newIndex, malformed, "fill");
            // Once, not per batch: a refresh per bulk request made a segment each, and merging them was most of a fill.
            index.makeSearchable(newIndex);

            index.moveAlias(oldIndex, newIndex);
            LOG.info("rebuild: alias moved from {} to {}", oldIndex, newIndex);

            Map<TopicPartition, Long> now = consumer.endOffsets(partitions);
            captured.forEach(consumer::seek);
            read += copy(consumer, captured, now, newIndex, malformed, "catch-up");
            index.makeSearchable(newIndex);
            if (oldIndex != null && !oldIndex.equals(newIndex)) {
                index.delete(oldIndex);
            }
            // A fill leaves two dozen segments or so, and at 1,000,000 registrants a search of them cost Elasticsearch
            // 40–50 % more CPU than of one (docs/benchmarks.md). In the background: the rebuild is done, and search
            // goes on.
            index.mergeInBackground(newIndex);
            LOG.info("rebuild: {} is being merged into one segment in the background", newIndex);
            long documents = index.count(newIndex);
            LOG.info(
                    "rebuild: done, {} events read ({} malformed, skipped), {} documents in {}, {} deleted",
                    read,
                    malformed[0],
                    documents,
                    newIndex,
                    oldIndex);
            return new Report(oldIndex, newIndex, read, malformed[0], documents);
        }
    }

    /** Reads every partition from its current position up to {@code until} and stores the documents. */
    private long copy(
            KafkaConsumer<String, byte[]> consumer,
            Map<TopicPartition, Long> from,
            Map<TopicPartition, Long> until,
            String newIndex,
            long[] malformed,
            String phase) {
        long total = 0;
        for (Map.Entry<TopicPartition, Long> end : until.entrySet()) {
            total += Math.max(0, end.getValue() - from.getOrDefault(end.getKey(), 0L));
        }
        long read = 0;
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        LOG.info("rebuild {}: {} events to read", phase, total);
        while (!reached(consumer, until)) {
            List<RegistrantDocument> batch = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= until.get(partition)) {
                    continue;
                }
                read++;
                try {
                    RegistrantDocument document = RegistrantProjection.documentOf(record);
                    if (document != null) {
                        batch.add(document);
                    }
                } catch (MalformedEventException | IllegalArgumentException e) {
                    malformed[0]++;
                }
            }
            index.storeAll(newIndex, batch);
            if (System.nanoTime() >= nextProgress) {
                LOG.info("rebuild {}: {}/{} events read", phase, read, total);
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
        }
        LOG.info("rebuild {}: {}/{} events read", phase, read, total);
        return read;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> until) {
        for (Map.Entry<TopicPartition, Long> end : until.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-indexer-rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}

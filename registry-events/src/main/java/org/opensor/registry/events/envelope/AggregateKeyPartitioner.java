package org.opensor.registry.events.envelope;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Partitions a record by its key's aggregate part, the text before the first {@value #SEPARATOR}, exactly as Kafka's
 * default partitioner does for a whole key: a compacted topic can then keep one fact of each kind per aggregate under
 * keys of their own ({@code <id>:restriction}) while every event of the aggregate stays on one partition, in order. A
 * key without the separator lands where the default partitioner has always put it.
 */
public final class AggregateKeyPartitioner implements Partitioner {

    /** Separates the aggregate id from the kind of fact in a record key. */
    public static final char SEPARATOR = ':';

    /** The aggregate part of a key: all of it when it has no {@value #SEPARATOR}. */
    public static String aggregateOf(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? key : key.substring(0, at);
    }

    /** The partition Kafka's default partitioner chooses for this key's aggregate part. */
    public static int partitionOf(String key, int partitions) {
        byte[] bytes = aggregateOf(key).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(bytes)) % partitions;
    }

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        int partitions = cluster.partitionsForTopic(topic).size();
        if (key == null) {
            // every producer of this system keys its events; a keyless record has no order to keep
            return ThreadLocalRandom.current().nextInt(partitions);
        }
        if (key instanceof String text) {
            return partitionOf(text, partitions);
        }
        return Utils.toPositive(Utils.murmur2(keyBytes)) % partitions;
    }

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public void close() {}
}

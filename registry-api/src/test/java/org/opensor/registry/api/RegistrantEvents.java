package org.opensor.registry.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.opensor.registry.events.Topics;
import org.opensor.registry.testservices.TestServices;

/** Reads {@code registry.registrants.v1} (or another topic) from the beginning, as an independent consumer would. */
public final class RegistrantEvents implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private final String topic;

    public RegistrantEvents() {
        this(Topics.REGISTRANTS);
    }

    public RegistrantEvents(String topic) {
        this.topic = topic;
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until a record matching {@code wanted} arrives, keeping every record read on the way. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (var record : seen) {
                if (wanted.test(record)) {
                    return record;
                }
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        throw new AssertionError("no matching event on " + topic + " within " + timeout);
    }

    public List<ConsumerRecord<String, byte[]>> seen() {
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> all = new java.util.HashMap<>();
        record.headers().forEach(h -> all.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return all;
    }

    @Override
    public void close() {
        consumer.close();
    }
}

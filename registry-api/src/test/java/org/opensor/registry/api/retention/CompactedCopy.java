package org.opensor.registry.api.retention;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.opensor.registry.events.TopicSettings;
import org.opensor.registry.testservices.TestServices;

/**
 * A one-partition copy of a topic on the test broker, with the topic's own settings ({@link TopicSettings}) except its
 * compaction lags, which shrink from days to at most a second, so the log cleaner acts within the test as it acts within
 * days in production. Records written to it keep their keys, values and headers.
 */
final class CompactedCopy implements AutoCloseable {

    private final String topic;
    private final TopicPartition partition;
    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;

    private CompactedCopy(String topic, Map<String, String> config) throws Exception {
        this.topic = topic;
        this.partition = new TopicPartition(topic, 0);
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays the operator
        admin = Admin.create(props);
        admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()).configs(config)))
                .all()
                .get(30, TimeUnit.SECONDS);
        Properties producing = new Properties();
        producing.putAll(props);
        producing.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producing.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(producing);
        Properties consuming = new Properties();
        consuming.putAll(props);
        consuming.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consuming.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(consuming);
        consumer.assign(List.of(partition));
    }

    /**
     * A copy of {@code settings}' topic with its lags shrunk where it sets them: the minimum to nothing, the maximum to a
     * second. A topic that sets no maximum keeps its segments open for {@code segment.ms} (a week by default), and its
     * copy then never compacts within a test, as the topic does not within days.
     */
    static CompactedCopy of(TopicSettings settings) throws Exception {
        Map<String, String> config = new HashMap<>(settings.config());
        config.computeIfPresent("min.compaction.lag.ms", (name, value) -> "0");
        config.computeIfPresent("max.compaction.lag.ms", (name, value) -> "1000");
        return new CompactedCopy(settings.name() + ".compaction-test-" + UUID.randomUUID(), config);
    }

    void write(ConsumerRecord<String, byte[]> record) throws Exception {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(topic, 0, record.key(), record.value());
        record.headers().forEach(h -> copy.headers().add(h));
        producer.send(copy).get(30, TimeUnit.SECONDS);
    }

    /**
     * Writes one record under a key of its own: a segment rolls only when something is appended after its time is
     * up, as the next registrant event does in production.
     */
    void append() throws Exception {
        producer.send(new ProducerRecord<>(topic, 0, "filler", "{}".getBytes(StandardCharsets.UTF_8)))
                .get(30, TimeUnit.SECONDS);
    }

    /** Everything a consumer reading from the beginning gets now, up to the end. */
    List<ConsumerRecord<String, byte[]>> readFromTheBeginning() {
        long end = consumer.endOffsets(Set.of(partition)).get(partition);
        consumer.seekToBeginning(List.of(partition));
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        while (consumer.position(partition) < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(read::add);
        }
        return read;
    }

    @Override
    public void close() throws Exception {
        consumer.close();
        producer.close();
        try {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } finally {
            admin.close();
        }
    }
}

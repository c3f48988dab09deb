package org.opensor.registry.notification;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.opensor.registry.testservices.TestServices;

/**
 * Consumer groups for a test that runs a worker of its own: the group starts at the topics' current ends, so the
 * worker reads only what the test sends and not every event the earlier tests left on the shared broker.
 */
final class KafkaGroups {

    private KafkaGroups() {}

    static void startAtEnd(String group, List<String> topics) {
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
                consumer.endOffsets(partitions, Duration.ofSeconds(30))
                        .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
            }
            consumer.commitSync(ends, Duration.ofSeconds(30));
        }
    }

    /** Client ids of the group's members. */
    static Set<String> members(String group) {
        return holders(group, null);
    }

    /** Client ids of the group's members that hold at least one partition of the topic (any topic if null). */
    static Set<String> holders(String group, String topic) {
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient());
        try (Admin admin = Admin.create(props)) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .filter(member -> topic == null
                            || member.assignment().topicPartitions().stream()
                                    .anyMatch(partition -> partition.topic().equals(topic)))
                    .map(MemberDescription::clientId)
                    .collect(Collectors.toSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return Set.of(); // the group is not known yet
        }
    }
}

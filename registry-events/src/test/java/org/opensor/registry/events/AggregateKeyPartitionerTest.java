package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.AggregateKeyPartitioner;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;

class AggregateKeyPartitionerTest {

    private static final int PARTITIONS = 12;
    private static final Node NODE = new Node(1, "broker", 9092);
    private static final Cluster CLUSTER = new Cluster(
            "cluster",
            List.of(NODE),
            IntStream.range(0, PARTITIONS)
                    .mapToObj(p -> new PartitionInfo(Topics.REGISTRANTS, p, NODE, new Node[] {NODE}, new Node[] {NODE}))
                    .toList(),
            Set.of(),
            Set.of());

    private final AggregateKeyPartitioner partitioner = new AggregateKeyPartitioner();

    @Test
    void aPlainKeyLandsWhereKafkasDefaultPartitionerPutsIt() {
        for (int i = 0; i < 200; i++) {
            String key = UUID.randomUUID().toString();
            assertThat(partitionOf(key)).isEqualTo(defaultPartitionOf(key));
        }
    }

    @Test
    void everyKindOfFactLandsOnItsRegistrantsPartition() {
        List<Integer> mismatches = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            UUID id = UUID.randomUUID();
            int home = defaultPartitionOf(id.toString());
            for (String key : RegistrantTopicKeys.all(id)) {
                if (partitionOf(key) != home) {
                    mismatches.add(i);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void keysOfOneRegistrantAreTheirs() {
        UUID id = UUID.randomUUID();
        assertThat(RegistrantTopicKeys.isOf(RegistrantTopicKeys.restriction(id), id))
                .isTrue();
        assertThat(RegistrantTopicKeys.isOf(id.toString(), id)).isTrue();
        assertThat(RegistrantTopicKeys.isOf(RegistrantTopicKeys.restriction(id), UUID.randomUUID()))
                .isFalse();
        assertThat(RegistrantTopicKeys.isState(RegistrantTopicKeys.state(id))).isTrue();
        assertThat(RegistrantTopicKeys.isState(RegistrantTopicKeys.restriction(id)))
                .isFalse();
    }

    private int partitionOf(String key) {
        return partitioner.partition(
                Topics.REGISTRANTS, key, key.getBytes(StandardCharsets.UTF_8), null, null, CLUSTER);
    }

    private static int defaultPartitionOf(String key) {
        return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), PARTITIONS);
    }
}

package org.opensor.registry.stack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Kafka nodes of a stack, each broker and controller in one process (KRaft combined mode): one node for the
 * everyday stack, three for cluster mode. Replication follows the size: three copies of everything and two in sync
 * before a write counts once there are three nodes, so any one node may die without losing an acknowledged write.
 */
public record KafkaQuorum(List<Node> nodes) {

    /** One node: its id, the port clients use and the port the controllers talk on. */
    public record Node(int id, int port, int controllerPort) {}

    public KafkaQuorum {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a Kafka quorum needs at least one node");
        }
    }

    public static KafkaQuorum single(int port, int controllerPort) {
        return new KafkaQuorum(List.of(new Node(1, port, controllerPort)));
    }

    public boolean clustered() {
        return nodes.size() > 1;
    }

    /** Copies of each partition: all nodes, at most three. */
    public int replicationFactor() {
        return Math.min(3, nodes.size());
    }

    /** Copies that must have a write before the producer (acks=all) hears it succeeded. */
    public int minInSyncReplicas() {
        return replicationFactor() >= 3 ? 2 : 1;
    }

    public String voters() {
        return nodes.stream()
                .map(n -> n.id() + "@127.0.0.1:" + n.controllerPort())
                .collect(Collectors.joining(","));
    }

    public String bootstrapServers() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }
}

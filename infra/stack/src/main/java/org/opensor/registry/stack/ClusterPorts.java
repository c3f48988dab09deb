package org.opensor.registry.stack;

import java.util.List;

/**
 * The ports of cluster mode, clear of the everyday stack's so both can run side by side: PostgreSQL 15532, Kafka
 * 19191-19193 (controllers 19194-19196), Elasticsearch 19291-19293 (transport 19391-19393), the first instance of each
 * service on 8180-8182, the second on 8183-8185, HAProxy's HTTPS on 8443 and, when asked for, Keycloak's on 18180.
 */
public record ClusterPorts(
        int postgres,
        List<Integer> kafka,
        List<Integer> kafkaControllers,
        List<Integer> elasticsearchHttp,
        List<Integer> elasticsearchTransport,
        Ports firstInstance,
        Ports secondInstance,
        int https) {

    public static ClusterPorts defaults() {
        return new ClusterPorts(
                15532,
                List.of(19191, 19192, 19193),
                List.of(19194, 19195, 19196),
                List.of(19291, 19292, 19293),
                List.of(19391, 19392, 19393),
                new Ports(15532, 19191, 19194, 19291, 8180, 8181, 8182),
                new Ports(15532, 19191, 19194, 19291, 8183, 8184, 8185),
                8443);
    }

    /** Keycloak's HTTPS port in cluster mode (with {@code up --cluster keycloak}), clear of the everyday stack's 18080. */
    public int keycloak() {
        return 18180;
    }

    KafkaQuorum kafkaQuorum() {
        return new KafkaQuorum(java.util.stream.IntStream.range(0, kafka.size())
                .mapToObj(i -> new KafkaQuorum.Node(i + 1, kafka.get(i), kafkaControllers.get(i)))
                .toList());
    }

    /** Two data nodes and, last, the master-only tiebreaker. */
    ElasticsearchCluster elasticsearchCluster() {
        return new ElasticsearchCluster(java.util.stream.IntStream.range(0, elasticsearchHttp.size())
                .mapToObj(i -> new ElasticsearchCluster.Node(
                        i == elasticsearchHttp.size() - 1 ? "elasticsearch-tiebreaker" : "elasticsearch-" + (i + 1),
                        elasticsearchHttp.get(i),
                        elasticsearchTransport.get(i),
                        i < elasticsearchHttp.size() - 1))
                .toList());
    }
}

package org.opensor.registry.stack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Elasticsearch nodes that form one cluster: two data nodes, so each shard has a copy on another node (the indexer
 * asks for one replica wherever a second data node exists), and a small master-only tiebreaker, because two
 * master-eligible nodes cannot elect a master once either is gone.
 */
public record ElasticsearchCluster(List<Node> nodes) {

    /** A node: its name, HTTP and transport ports, and whether it holds data or only votes. */
    public record Node(String name, int httpPort, int transportPort, boolean holdsData) {}

    public ElasticsearchCluster {
        nodes = List.copyOf(nodes);
    }

    /** The lines of elasticsearch.yml that make {@code name} a member of this cluster. */
    String nodeSettings(String name) {
        Node node = nodes.stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Elasticsearch node " + name));
        String seeds = nodes.stream()
                .map(n -> "\"127.0.0.1:" + n.transportPort() + "\"")
                .collect(Collectors.joining(", "));
        String masters = nodes.stream().map(n -> "\"" + n.name() + "\"").collect(Collectors.joining(", "));
        return "transport.port: " + node.transportPort()
                + "\ndiscovery.seed_hosts: [" + seeds + "]"
                + "\ncluster.initial_master_nodes: [" + masters + "]"
                + (node.holdsData() ? "" : "\nnode.roles: [ master ]");
    }

    /** The data nodes' HTTPS addresses, for the services' client to spread over and fail over between. */
    public String dataNodeUrls() {
        return nodes.stream()
                .filter(Node::holdsData)
                .map(n -> "https://127.0.0.1:" + n.httpPort())
                .collect(Collectors.joining(","));
    }
}

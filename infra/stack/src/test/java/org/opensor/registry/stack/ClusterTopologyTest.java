package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTopologyTest {

    private final ClusterPorts ports = ClusterPorts.defaults();

    @Test
    void threeKafkaNodesKeepThreeCopiesAndAcceptAWriteOnlyWhenTwoHaveIt() {
        KafkaQuorum quorum = ports.kafkaQuorum();
        assertThat(quorum.replicationFactor()).isEqualTo(3);
        assertThat(quorum.minInSyncReplicas()).isEqualTo(2);
        assertThat(quorum.voters()).isEqualTo("1@127.0.0.1:19194,2@127.0.0.1:19195,3@127.0.0.1:19196");
        assertThat(quorum.bootstrapServers()).isEqualTo("127.0.0.1:19191,127.0.0.1:19192,127.0.0.1:19193");
        KafkaQuorum single = KafkaQuorum.single(19092, 19093);
        assertThat(single.replicationFactor()).isEqualTo(1);
        assertThat(single.minInSyncReplicas()).isEqualTo(1);
    }

    @Test
    void twoDataNodesAndATiebreakerThatHoldsNoData() {
        ElasticsearchCluster cluster = ports.elasticsearchCluster();
        assertThat(cluster.nodes())
                .extracting(ElasticsearchCluster.Node::name)
                .containsExactly("elasticsearch-1", "elasticsearch-2", "elasticsearch-tiebreaker");
        assertThat(cluster.dataNodeUrls()).isEqualTo("https://127.0.0.1:19291,https://127.0.0.1:19292");
        assertThat(cluster.nodeSettings("elasticsearch-tiebreaker"))
                .contains("node.roles: [ master ]")
                .contains("transport.port: 19393")
                .contains(
                        "cluster.initial_master_nodes: [\"elasticsearch-1\", \"elasticsearch-2\", \"elasticsearch-tiebreaker\"]");
        assertThat(cluster.nodeSettings("elasticsearch-1"))
                .doesNotContain("node.roles")
                .contains("discovery.seed_hosts: [\"127.0.0.1:19391\", \"127.0.0.1:19392\", \"127.0.0.1:19393\"]");
    }

    @Test
    void theLoadBalancerRetriesOnlyRequestsNeverSentAndLogsNoUrl() {
        StackLayout layout = new StackLayout(Path.of("/tmp/project"), Path.of("/tmp/project/.local/cluster"));
        List<ServiceProcess> apis = List.of(
                new ServiceProcess(layout, "registry-api", "registry-api-1", 8180, "X", Map.of(), List.of()),
                new ServiceProcess(layout, "registry-api", "registry-api-2", 8183, "X", Map.of(), List.of()));
        String config = new LoadBalancer(layout, 8443, apis).config(Path.of("/tmp/server.pem"));
        assertThat(config)
                .contains("bind 127.0.0.1:8443 ssl crt /tmp/server.pem")
                .contains("server registry-api-1 127.0.0.1:8180 ssl verify required ca-file "
                        + "/tmp/project/.local/cluster/pki/ca.pem verifyhost localhost")
                .contains("server registry-api-2 127.0.0.1:8183 ssl verify required")
                .contains("check check-ssl cookie registry-api-2")
                .contains("retry-on conn-failure")
                .contains("errorfile 502 /tmp/instance-lost.http")
                .contains("errorfile 504 /tmp/instance-lost.http")
                .contains("X-Forwarded-Proto https");
        assertThat(LoadBalancer.INSTANCE_LOST_ANSWER)
                .startsWith("HTTP/1.1 503 Service Unavailable\r\n")
                .contains("Retry-After: 1\r\n")
                .contains("application/problem+json");
        assertThat(config.lines().map(String::strip))
                .noneMatch(line -> line.startsWith("log ") || line.startsWith("option httplog"));
        assertThat(config).doesNotContain("empty-response").doesNotContain("response-timeout");
    }

    /** HAProxy itself accepts the configuration, certificates and authority included, where it is installed. */
    @Test
    void haproxyAcceptsTheConfigurationThatReEncryptsToTheInstances(@TempDir Path state) throws Exception {
        Path haproxy;
        try {
            haproxy = LoadBalancer.executable();
        } catch (StackException notInstalled) {
            Assumptions.abort("HAProxy is not installed here: " + notInstalled.getMessage());
            return;
        }
        StackLayout layout = new StackLayout(Path.of("/tmp/project"), state);
        ServerCertificate issued = LocalCertificateAuthority.ensure(layout).server("haproxy");
        Path pem = state.resolve("haproxy.pem");
        Files.writeString(pem, Files.readString(issued.chain()) + Files.readString(issued.privateKey()));
        List<ServiceProcess> apis = List.of(
                new ServiceProcess(layout, "registry-api", "registry-api-1", 8180, "X", Map.of(), List.of()),
                new ServiceProcess(layout, "registry-api", "registry-api-2", 8183, "X", Map.of(), List.of()));
        Files.writeString(state.resolve(LoadBalancer.INSTANCE_LOST), LoadBalancer.INSTANCE_LOST_ANSWER);
        Path config = state.resolve("haproxy.cfg");
        Files.writeString(config, new LoadBalancer(layout, 8443, apis).config(pem));

        Process check = new ProcessBuilder(haproxy.toString(), "-c", "-f", config.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(check.getInputStream().readAllBytes());

        assertThat(check.waitFor()).as(output).isZero();
    }
}

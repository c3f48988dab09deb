package org.opensor.registry.support;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports DOWN when the Kafka cluster does not answer within the timeout. Spring Boot has no Kafka health
 * indicator; without one a service that cannot publish or consume would still call itself ready.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private final Admin admin;
    private final Duration timeout;

    public KafkaHealthIndicator(Map<String, Object> adminProperties, Duration timeout) {
        super("Kafka health check failed");
        Map<String, Object> props = new java.util.HashMap<>(adminProperties);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health-check");
        this.admin = Admin.create(props);
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        Collection<Node> nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        builder.up()
                .withDetail("clusterId", cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .withDetail("brokers", nodes.size());
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}

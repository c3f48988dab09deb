package org.opensor.registry.chaos;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.ElasticsearchServer;
import org.opensor.registry.stack.KafkaAccess;
import org.opensor.registry.stack.LocalStack;

/**
 * Whether the cluster is back to full redundancy after a fault: every Kafka partition has all its replicas in sync and
 * every Elasticsearch shard its replica. Until then a second fault is a double fault, not the next single one: the copies
 * that would survive it are still being rebuilt.
 */
final class Redundancy {

    private final LocalStack stack;

    Redundancy(LocalStack stack) {
        this.stack = stack;
    }

    /** Waits until both are whole again and says how long that took; gives up (and says so) after {@code limit}. */
    String await(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        Properties props = new Properties();
        props.putAll(stack.kafka().clientProperties(KafkaAccess.ADMIN));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(props)) {
            while (System.nanoTime() < deadline) {
                if (kafkaInSync(admin) && elasticsearchGreen()) {
                    return ChaosSuite.seconds(System.nanoTime() - start);
                }
                Thread.sleep(1_000);
            }
        }
        return "NOT WHOLE after " + ChaosSuite.seconds(limit.toNanos());
    }

    private static boolean kafkaInSync(Admin admin) {
        try {
            List<String> topics = List.copyOf(admin.listTopics().names().get(3, TimeUnit.SECONDS));
            for (TopicDescription topic : admin.describeTopics(topics)
                    .allTopicNames()
                    .get(5, TimeUnit.SECONDS)
                    .values()) {
                boolean whole = topic.partitions().stream()
                        .allMatch(p -> p.isr().size() == p.replicas().size());
                if (!whole) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean elasticsearchGreen() {
        for (ElasticsearchServer node : stack.elasticsearchNodes()) {
            try {
                HttpResponse<String> health = node.http()
                        .send(
                                node.request("/_cluster/health?timeout=1s", ElasticsearchAccess.MONITOR)
                                        .timeout(Duration.ofSeconds(3))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return health.body().contains("\"status\":\"green\"");
                }
            } catch (Exception e) {
                // this node is down or busy: ask the next one
            }
        }
        return false;
    }
}

package org.opensor.registry.testservices;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The Docker path: the same three servers as containers, same versions as the local stack. */
final class ContainerServices {

    private ContainerServices() {}

    @SuppressWarnings("resource") // containers live as long as the test JVM; Ryuk removes them
    static TestServices.Endpoints start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName("registry");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        ElasticsearchContainer elasticsearch = new ElasticsearchContainer(
                        "docker.elastic.co/elasticsearch/elasticsearch:9.5.0")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms384m -Xmx384m");
        postgres.start();
        kafka.start();
        elasticsearch.start();
        return new TestServices.Endpoints(
                postgres.getJdbcUrl(),
                postgres.getUsername(),
                postgres.getPassword(),
                kafka.getBootstrapServers(),
                "http://" + elasticsearch.getHttpHostAddress(),
                "Testcontainers");
    }
}

package org.opensor.registry.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.stack.KafkaAccess;
import org.opensor.registry.testservices.TestServices;

/**
 * Kafka as an attacker on the same host meets it: no login, no entry; a service's login allows that service's
 * topics and groups only (issue 21, finding 3). Plain clients, no Spring: what any program on the host could run.
 */
class KafkaAccessIT {

    private static TestServices.Endpoints servers;

    @BeforeAll
    static void servers() {
        servers = TestServices.get();
        assumeTrue(servers.kafkaRequiresLogin(), "this Kafka takes anyone (Testcontainers): nothing to prove here");
    }

    @Test
    void aClientWithoutLoginIsRefused() {
        Map<String, Object> anonymous =
                new HashMap<>(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap()));
        anonymous.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        anonymous.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(anonymous)) {
            // the SASL listener drops a client that does not log in: it never learns a topic name
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = new HashMap<>(servers.kafkaClient(KafkaAccess.SEARCH_INDEXER));
        config.put(
                "sasl.jaas.config", KafkaAccess.jaasConfig(KafkaAccess.SEARCH_INDEXER, "guessed-" + UUID.randomUUID()));
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void theSearchIndexerMayNotWriteRegistrantEvents() {
        Map<String, Object> config = new HashMap<>(servers.kafkaClient(KafkaAccess.SEARCH_INDEXER));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(
                                    Topics.REGISTRANTS, UUID.randomUUID().toString(), new byte[] {'{', '}'}))
                            .get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theSearchIndexerReadsRegistrantsButNotTravelNorAnotherServicesGroup() {
        try (KafkaConsumer<String, byte[]> own =
                consumer(KafkaAccess.SEARCH_INDEXER, "search-indexer-access-" + UUID.randomUUID())) {
            own.subscribe(List.of(Topics.REGISTRANTS));
            own.poll(Duration.ofSeconds(2)); // allowed: no exception
        }
        try (KafkaConsumer<String, byte[]> travel =
                consumer(KafkaAccess.SEARCH_INDEXER, "search-indexer-access-" + UUID.randomUUID())) {
            travel.subscribe(List.of(Topics.TRAVEL));
            assertThatThrownBy(() -> pollUntilRefused(travel)).isInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaConsumer<String, byte[]> workersGroup = consumer(KafkaAccess.SEARCH_INDEXER, "notification-worker")) {
            workersGroup.subscribe(List.of(Topics.REGISTRANTS));
            assertThatThrownBy(() -> pollUntilRefused(workersGroup)).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void eachServiceLogsInWithItsOwnPasswordOnly() {
        assertThat(servers.kafkaPasswords().keySet())
                .containsExactlyInAnyOrder(
                        KafkaAccess.ADMIN,
                        KafkaAccess.REGISTRY_API,
                        KafkaAccess.SEARCH_INDEXER,
                        KafkaAccess.NOTIFICATION_WORKER);
        assertThat(servers.kafkaPasswords().values()).doesNotHaveDuplicates();
    }

    private static KafkaConsumer<String, byte[]> consumer(String user, String group) {
        Map<String, Object> config = new HashMap<>(servers.kafkaClient(user));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Polls for up to 15 s: a refusal surfaces as the exception of one of the polls. */
    private static void pollUntilRefused(KafkaConsumer<String, byte[]> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500));
        }
    }
}

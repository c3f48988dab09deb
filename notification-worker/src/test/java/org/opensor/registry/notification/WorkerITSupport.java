package org.opensor.registry.notification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.opensor.registry.events.envelope.AggregateKeyPartitioner;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.testservices.TestServices;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for every integration test of the worker (same configuration, so Spring caches one and
 * only one consumer group member runs), with short deadlines and retries so that escalation and retries show in
 * seconds; a request may wait 10 s for its answer, so a test can hold a receiver's answer while it acts. Admin password and secret key are random per run: no credential in the repository.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "registry.notification.alerts.urgent-deadline=PT4S",
            "registry.notification.alerts.critical-deadline=PT4S",
            "registry.notification.escalation.check-interval=PT0.25S",
            "registry.notification.delivery.first-retry=PT0.2S",
            "registry.notification.delivery.max-retry-interval=PT1S",
            "registry.notification.delivery.retry-for=PT8S",
            "registry.notification.delivery.request-timeout=PT10S",
            "registry.notification.delivery.connect-timeout=PT1S"
        })
@Import(WorkerTestServers.class)
public abstract class WorkerITSupport {

    public static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    static final String SECRET_KEY = randomKey();

    /** Trust in the test receivers' authority: an SSL bundle must be known before the web server starts, hence here. */
    @DynamicPropertySource
    static void testReceiversAuthority(DynamicPropertyRegistry registry) {
        TestReceivers.register(registry);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    protected static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        // as the outbox relay: <id>:restriction and the like on the registrant's partition
        props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, AggregateKeyPartitioner.class);
        return new KafkaProducer<>(props);
    }

    protected static ProducerRecord<String, byte[]> event(
            String topic, String key, UUID eventId, String type, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add(CloudEventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/test".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    protected static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }
}

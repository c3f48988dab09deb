package org.opensor.registry.indexer;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.opensor.registry.testservices.TestServices;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The test servers for the indexer's integration tests ({@code @Import} it), and a producer onto their Kafka. */
@TestConfiguration(proxyBeanMethods = false)
class IndexerTestServers {

    @Bean
    static org.springframework.test.context.DynamicPropertyRegistrar testServerProperties() {
        return TestServices::register;
    }

    @Bean
    static SslBundleRegistrar elasticsearchTrust() {
        return TestServices.elasticsearchTrust();
    }

    /** A producer of registrant events as registry-api's outbox relay writes them (string keys, byte payloads). */
    static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.putAll(TestServices.get().kafkaAdminClient()); // the super user: a test plays any service
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(props);
    }
}

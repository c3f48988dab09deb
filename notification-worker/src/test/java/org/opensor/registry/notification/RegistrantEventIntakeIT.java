package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrantEventIntakeIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class Servers {
        @Bean
        static DynamicPropertyRegistrar testServerProperties() {
            return TestServices::register;
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void takesInEachEventOnceEvenWhenKafkaDeliversItTwice() throws Exception {
        String subject = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < 2; i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REGISTRANTS, subject, "{}".getBytes(StandardCharsets.UTF_8));
                record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
                record.headers().add(CloudEventHeaders.TYPE, "org.opensor.registry.registrant.registered.v1".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
            ProducerRecord<String, byte[]> marker = new ProducerRecord<>(Topics.REGISTRANTS, subject, "{}".getBytes(StandardCharsets.UTF_8));
            marker.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            marker.headers().add(CloudEventHeaders.TYPE, "org.opensor.registry.registrant.registered.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(marker).get();
        }

        // Same key, same partition: once the marker is in, both copies of the first event have been handled.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count(subject) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count(subject)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from notification.received_event where event_id = :id")
                .param("id", UUID.fromString(eventId)).query(Integer.class).single()).isEqualTo(1);
    }

    private int count(String subject) {
        return jdbc.sql("select count(*) from notification.received_event where subject = :s").param("s", subject).query(Integer.class).single();
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.get().kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(props);
    }
}

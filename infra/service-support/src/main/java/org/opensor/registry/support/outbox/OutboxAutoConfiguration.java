package org.opensor.registry.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.opensor.registry.events.envelope.AggregateKeyPartitioner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox every event-producing service uses (registry-api, notification-worker): events are
 * written with the change, in its transaction, and relayed to Kafka afterwards. On when {@code opensor.outbox.table}
 * is set.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnProperty("opensor.outbox.table")
@EnableConfigurationProperties(OutboxSettings.class)
public class OutboxAutoConfiguration {

    @Bean
    Outbox outbox(JdbcClient jdbc, OutboxSettings settings) {
        return new JdbcOutbox(jdbc, settings);
    }

    @Bean
    KafkaOutboxRelay kafkaOutboxRelay(
            JdbcClient jdbc,
            KafkaProperties kafka,
            TransactionTemplate transactions,
            OutboxSettings settings,
            ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters) {
        // The relay sends the stored JSON bytes as they are: no second serialisation that could alter them.
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // keys with a kind of fact (<id>:restriction) go to their aggregate's partition, in order with its other events
        config.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, AggregateKeyPartitioner.class);
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        MeterRegistry registry = meters.getIfAvailable();
        OutboxLag lag = registry == null ? OutboxLag.unregistered(time) : OutboxLag.registeredIn(registry, time);
        return new KafkaOutboxRelay(jdbc, template, transactions, settings, time, lag);
    }
}

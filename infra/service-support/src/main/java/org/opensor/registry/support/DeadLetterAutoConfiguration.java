package org.opensor.registry.support;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What every consumer of the project does with a record it cannot process:
 * <ul>
 *   <li>a malformed event (cannot be read, unknown type) goes at once to {@code <topic>.dlq}, with the reason
 *       in the {@code dlq_reason} header and the original headers kept: nothing is dropped;</li>
 *   <li>any other failure (Elasticsearch or PostgreSQL down) is retried with exponential back-off, without
 *       end: the partition waits, order is kept, and the lag metric shows it.</li>
 * </ul>
 */
@AutoConfiguration
public class DeadLetterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetterErrorHandler(KafkaProperties properties, ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = properties.buildProducerProperties();
        config.put(
                org.apache.kafka.clients.producer.ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(
                org.apache.kafka.clients.producer.ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class);
        DefaultKafkaProducerFactory<Object, Object> producers = new DefaultKafkaProducerFactory<>(config);
        // its sends per .dlq topic (kafka_producer_topic_record_send_total) feed the OpenSorEventsDeadLettered alert
        meters.ifAvailable(registry -> producers.addListener(new MicrometerProducerListener<>(registry)));
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(producers);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        recoverer.setHeadersFunction((record, exception) -> {
            Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new RecordHeaders(new RecordHeader[] {
                new RecordHeader(CloudEventHeaders.DEAD_LETTER_REASON, reason.getBytes(StandardCharsets.UTF_8))
            });
        });
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setRetryListeners(new RetryLog());
        return handler;
    }
}

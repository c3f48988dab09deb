package org.opensor.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RetryLogTest {

    private static final String PAYLOAD = "{\"familyName\":\"CHANN\",\"givenNames\":\"Sokha\"}";

    private final Logger logger = (Logger) LoggerFactory.getLogger(RetryLog.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void listen() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(appender);
    }

    @Test
    void aFailedBatchIsLoggedWithWhereItStartsAndTheInnermostCauseButNotThePayload() {
        TopicPartition p0 = new TopicPartition("registry.registrants.v1", 0);
        TopicPartition p2 = new TopicPartition("registry.registrants.v1", 2);
        ConsumerRecords<String, byte[]> batch = new ConsumerRecords<>(
                Map.of(
                        p2, List.of(record(p2, 7), record(p2, 8)),
                        p0, List.of(record(p0, 1200), record(p0, 1201), record(p0, 1202))),
                Map.of());
        Exception failure = new RuntimeException(
                "listener failed",
                new IllegalStateException(
                        "bulk indexing into registrants-v1-0001 failed: strict_dynamic_mapping_exception (status 400)"));

        new RetryLog().failedDelivery(batch, failure, 3);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).hasToString("WARN");
            assertThat(event.getFormattedMessage())
                    .isEqualTo(
                            "Attempt 3 failed for a batch of 5 records "
                                    + "(registry.registrants.v1-0@1200, registry.registrants.v1-2@7): IllegalStateException: "
                                    + "bulk indexing into registrants-v1-0001 failed: strict_dynamic_mapping_exception (status 400)");
        });
    }

    @Test
    void aFailedRecordIsLoggedWithItsPositionButNotItsPayload() {
        TopicPartition p1 = new TopicPartition("registry.registrants.v1", 1);

        new RetryLog().failedDelivery(record(p1, 42), new IllegalStateException("connection refused"), 1);

        assertThat(appender.list)
                .singleElement()
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo(
                        "Attempt 1 failed for registry.registrants.v1-1@42: IllegalStateException: connection refused")
                .asString()
                .doesNotContain("CHANN");
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition partition, long offset) {
        return new ConsumerRecord<>(
                partition.topic(),
                partition.partition(),
                offset,
                "key-" + offset,
                PAYLOAD.getBytes(StandardCharsets.UTF_8));
    }
}

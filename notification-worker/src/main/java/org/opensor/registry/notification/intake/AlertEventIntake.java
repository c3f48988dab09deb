package org.opensor.registry.notification.intake;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertAcknowledgedV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.notification.alert.AlertLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in acknowledgements from {@code registry.alerts.v1} (sent by registry-api's alert inbox), once each. The
 * worker's own issued, delivered and escalated events come back on the same topic and are passed over.
 */
@Component
class AlertEventIntake {

    private static final Logger log = LoggerFactory.getLogger(AlertEventIntake.class);

    private final ReceivedEvents received;
    private final AlertLifecycle lifecycle;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    AlertEventIntake(
            ReceivedEvents received,
            AlertLifecycle lifecycle,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.received = received;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.ALERTS, groupId = "${registry.notification.intake.group-id:notification-worker}")
    void on(ConsumerRecord<String, byte[]> record) {
        String type = CloudEventHeaderReader.type(record);
        if (!AlertEventTypes.ACKNOWLEDGED_V1.equals(type)) {
            if (!AlertEventTypes.ALL.contains(type)) {
                throw new MalformedEventException("unknown event type " + type + " on " + Topics.ALERTS);
            }
            return; // the worker's own events
        }
        UUID eventId = CloudEventHeaderReader.eventId(record);
        String key = CloudEventHeaderReader.key(record);
        AlertAcknowledgedV1 ack = EventCodec.read(record.value(), AlertAcknowledgedV1.class);
        if (!ack.alertId().toString().equals(key)) {
            throw new MalformedEventException("key is not the alertId of the payload");
        }
        String outcome = transactions.execute(tx -> {
            if (!received.recordFirstReceipt(
                    eventId, type, key, record.topic(), record.partition(), record.offset(), clock.instant())) {
                return "redelivered";
            }
            return lifecycle.acknowledge(ack.alertId(), ack.acknowledgedBy(), ack.acknowledgedAt())
                    ? "acknowledged"
                    : "no-open-alert";
        });
        if ("no-open-alert".equals(outcome)) {
            log.info("Acknowledgement {} names no open alert ({})", eventId, ack.alertId());
        }
        meters.counter("registry.worker.acknowledgements", "outcome", String.valueOf(outcome))
                .increment();
    }
}

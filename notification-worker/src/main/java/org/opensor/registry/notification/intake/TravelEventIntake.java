package org.opensor.registry.notification.intake;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.DeportationOverdueV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeCancelledV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.notification.alert.AlertIssuer;
import org.opensor.registry.notification.registrant.RegistrantProjection;
import org.opensor.registry.notification.rules.DeclaredTrips;
import org.opensor.registry.notification.rules.NotificationRules;
import org.opensor.registry.notification.rules.RegistrantFacts;
import org.opensor.registry.notification.rules.Trigger;
import org.opensor.registry.notification.travel.TravelNotices;
import org.opensor.registry.support.ReadBatch;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in travel events once each (idempotent on {@code ce_id}): records notices, matches border hits against
 * them, and runs the rules. An event that cannot be read, or of an unknown type, is malformed and goes to
 * {@code registry.travel.v1.dlq}; the events after it flow on.
 */
@Component
class TravelEventIntake {

    private final ReceivedEvents received;
    private final TravelNotices notices;
    private final RegistrantProjection registrants;
    private final NotificationRules rules;
    private final DeclaredTrips declaredTrips;
    private final AlertIssuer issuer;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    TravelEventIntake(
            ReceivedEvents received,
            TravelNotices notices,
            RegistrantProjection registrants,
            NotificationRules rules,
            DeclaredTrips declaredTrips,
            AlertIssuer issuer,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.received = received;
        this.notices = notices;
        this.registrants = registrants;
        this.rules = rules;
        this.declaredTrips = declaredTrips;
        this.issuer = issuer;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * One poll, one transaction: committing once per poll rather than once per event is what lets the worker keep
     * up (each commit is a WAL flush and a round trip). One consumer per partition ({@code concurrency}) takes the
     * partitions in parallel. A malformed record stops the batch at its index: the events before it are committed,
     * then the error handler sends just that record to the dead-letter topic and hands the rest to the next poll
     * ({@link ReadBatch}).
     */
    @KafkaListener(
            topics = Topics.TRAVEL,
            groupId = "${registry.notification.intake.group-id:notification-worker}",
            batch = "true",
            concurrency = "${registry.notification.intake.travel-consumers:3}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        ReadBatch<Readable> batch = ReadBatch.of(records, this::read);
        if (!batch.read().isEmpty()) {
            transactions.executeWithoutResult(tx -> takeIn(batch.read()));
        }
        batch.failIfMalformed();
    }

    /** A record read, and what taking it in does. */
    private record Readable(ReceivedEvents.Receipt receipt, Handling handling) {}

    /** Taking in one event, given the facts of the poll's registrants (read in one query, not one per event). */
    @FunctionalInterface
    private interface Handling {
        void takeIn(Map<UUID, RegistrantFacts> subjects);
    }

    /** Takes in the events not taken in before (idempotent on ce_id), in their order, in the caller's transaction. */
    private void takeIn(List<Readable> readable) {
        Set<UUID> first = received.recordFirstReceipts(
                readable.stream().map(Readable::receipt).toList(), clock.instant());
        // The key of every travel event is its registrantId (a travel-ban hit's: its subjectId), checked when read.
        // Facts are read once for the poll, as
        // of its start; registrant events arrive on another topic, so they never had an order relative to these.
        Map<UUID, RegistrantFacts> subjects = registrants.findAll(readable.stream()
                .filter(event -> first.contains(event.receipt().eventId()))
                .map(event -> UUID.fromString(event.receipt().subject()))
                .collect(Collectors.toSet()));
        for (Readable event : readable) {
            // remove: an event twice in one poll is taken in once.
            boolean taken = first.remove(event.receipt().eventId());
            if (taken) {
                event.handling().takeIn(subjects);
            }
            meters.counter("registry.worker.events", "outcome", taken ? "taken-in" : "redelivered")
                    .increment();
        }
    }

    /** Reads one record, throwing when it is malformed, before anything is written. */
    private Readable read(ConsumerRecord<String, byte[]> record) {
        UUID eventId = CloudEventHeaderReader.eventId(record);
        String type = CloudEventHeaderReader.type(record);
        String key = CloudEventHeaderReader.key(record);
        Handling handling = switch (type) {
            case TravelEventTypes.NOTICE_DECLARED_V1, TravelEventTypes.NOTICE_AMENDED_V1 -> {
                TravelNoticeDeclaredV1 notice =
                        read(record, TravelNoticeDeclaredV1.class, key, TravelNoticeDeclaredV1::registrantId);
                yield subjects -> {
                    notices.declared(notice, notice.declaredAt());
                    issuer.issue(rules.evaluate(
                            new Trigger.TravelDeclared(eventId, notice, subject(subjects, notice.registrantId()))));
                };
            }
            case TravelEventTypes.NOTICE_CANCELLED_V1 -> {
                TravelNoticeCancelledV1 cancelled =
                        read(record, TravelNoticeCancelledV1.class, key, TravelNoticeCancelledV1::registrantId);
                yield subjects -> notices.cancelled(cancelled.noticeId(), cancelled.cancelledAt());
            }
            case TravelEventTypes.BORDER_HIT_V1 -> {
                BorderHitV1 hit = read(record, BorderHitV1.class, key, BorderHitV1::registrantId);
                yield subjects -> {
                    boolean declared = declaredTrips.anyCovers(notices.standing(hit.registrantId()), hit);
                    issuer.issue(rules.evaluate(
                            new Trigger.BorderCrossing(eventId, hit, subject(subjects, hit.registrantId()), declared)));
                };
            }
            case TravelEventTypes.TRAVEL_BAN_HIT_V1 -> {
                TravelBanHitV1 hit = read(record, TravelBanHitV1.class, key, TravelBanHitV1::subjectId);
                yield subjects -> issuer.issue(
                        rules.evaluate(new Trigger.TravelBanHit(eventId, hit, subject(subjects, hit.subjectId()))));
            }
            case TravelEventTypes.DEPORTATION_ORDERED_V1 -> {
                DeportationOrderedV1 order =
                        read(record, DeportationOrderedV1.class, key, DeportationOrderedV1::registrantId);
                yield subjects -> issuer.issue(rules.evaluate(
                        new Trigger.DeportationOrdered(eventId, order, subject(subjects, order.registrantId()))));
            }
            case TravelEventTypes.DEPORTATION_OVERDUE_V1 -> {
                DeportationOverdueV1 overdue =
                        read(record, DeportationOverdueV1.class, key, DeportationOverdueV1::registrantId);
                yield subjects -> issuer.issue(rules.evaluate(
                        new Trigger.DeportationOverdue(eventId, overdue, subject(subjects, overdue.registrantId()))));
            }
            default -> throw new MalformedEventException("unknown event type " + type + " on " + Topics.TRAVEL);
        };
        return new Readable(
                new ReceivedEvents.Receipt(eventId, type, key, record.topic(), record.partition(), record.offset()),
                handling);
    }

    private static RegistrantFacts subject(Map<UUID, RegistrantFacts> subjects, UUID registrantId) {
        RegistrantFacts known = subjects.get(registrantId);
        return known != null ? known : RegistrantFacts.unknown(registrantId);
    }

    private static <T> T read(
            ConsumerRecord<String, byte[]> record,
            Class<T> type,
            String key,
            java.util.function.Function<T, UUID> registrant) {
        T payload = EventCodec.read(record.value(), type);
        if (!registrant.apply(payload).toString().equals(key)) {
            throw new MalformedEventException("key is not the registrantId of the payload");
        }
        return payload;
    }
}

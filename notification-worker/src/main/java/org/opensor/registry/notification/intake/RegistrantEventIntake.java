package org.opensor.registry.notification.intake;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantPersonalDataErasedV1;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.notification.alert.AlertIssuer;
import org.opensor.registry.notification.delivery.DeliveryQueue;
import org.opensor.registry.notification.registrant.PersonalDataErasure;
import org.opensor.registry.notification.registrant.RecordRestrictions;
import org.opensor.registry.notification.registrant.RegistrantFactsReader;
import org.opensor.registry.notification.registrant.RegistrantProjection;
import org.opensor.registry.notification.rules.AlertDraft;
import org.opensor.registry.notification.rules.NotificationRules;
import org.opensor.registry.notification.rules.RegistrantFacts;
import org.opensor.registry.notification.rules.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in registrant events once each (idempotent on {@code ce_id}): keeps the worker's projection of the facts
 * the rules need (custody, residence, nationality; the highest version wins) and of record restrictions, and, on a
 * custody change, runs the rules; on an erasure after retention, erases its copy of the person's data. Receipt,
 * projection, alerts and their outbox rows commit in one transaction.
 */
@Component
class RegistrantEventIntake {

    private static final Logger log = LoggerFactory.getLogger(RegistrantEventIntake.class);

    private final ReceivedEvents received;
    private final RegistrantFactsReader reader;
    private final RegistrantProjection registrants;
    private final RecordRestrictions restrictions;
    private final PersonalDataErasure erasure;
    private final DeliveryQueue deliveries;
    private final NotificationRules rules;
    private final AlertIssuer issuer;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    RegistrantEventIntake(
            ReceivedEvents received,
            RegistrantFactsReader reader,
            RegistrantProjection registrants,
            RecordRestrictions restrictions,
            PersonalDataErasure erasure,
            DeliveryQueue deliveries,
            NotificationRules rules,
            AlertIssuer issuer,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.received = received;
        this.reader = reader;
        this.registrants = registrants;
        this.restrictions = restrictions;
        this.erasure = erasure;
        this.deliveries = deliveries;
        this.rules = rules;
        this.issuer = issuer;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @KafkaListener(
            topics = Topics.REGISTRANTS,
            groupId = "${registry.notification.intake.group-id:notification-worker}")
    void on(ConsumerRecord<String, byte[]> record) {
        UUID eventId = CloudEventHeaderReader.eventId(record);
        String type = CloudEventHeaderReader.type(record);
        String key = CloudEventHeaderReader.key(record);
        if (RegistrantEventTypes.RESTRICTION_CHANGED_V1.equals(type)) {
            onRestriction(record, eventId, type, key);
            return;
        }
        if (RegistrantEventTypes.DECREE_APPLIED_V1.equals(type)) {
            onDecree(record, eventId, type, key);
            return;
        }
        if (RegistrantEventTypes.RELEASE_GUARD_RAISED_V1.equals(type)) {
            onReleaseGuard(record, eventId, type, key);
            return;
        }
        if (RegistrantEventTypes.PERSONAL_DATA_ERASED_V1.equals(type)) {
            onErasure(record, eventId, type, key);
            return;
        }
        if (!RegistrantEventTypes.ALL.contains(type)) {
            throw new MalformedEventException("unknown event type '" + type + "' on " + record.topic());
        }
        // Every registrant state type carries the full state; read it before anything is written.
        RegistrantFactsReader.Projected state = reader.read(record.value(), key);
        boolean first = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!received.recordFirstReceipt(
                    eventId, type, key, record.topic(), record.partition(), record.offset(), clock.instant())) {
                return false;
            }
            RegistrantProjection.Applied applied = registrants.apply(state.facts(), state.version(), clock.instant());
            if (applied.newer() && RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1.equals(type)) {
                CustodyStatusV1 before =
                        applied.before() == null ? null : applied.before().custodyStatus();
                List<AlertDraft> drafts = rules.evaluate(new Trigger.CustodyChanged(eventId, before, state.facts()));
                issuer.issue(drafts);
            }
            return true;
        }));
        meters.counter("registry.worker.events", "outcome", first ? "taken-in" : "redelivered")
                .increment();
    }

    /**
     * A decree applied to the registrant: the decree rules run on the facts the projection holds, which the custody
     * event just before it on the same partition (picked by the key's registrant part) has brought up to date.
     */
    private void onDecree(ConsumerRecord<String, byte[]> record, UUID eventId, String type, String key) {
        DecreeAppliedV1 decree = EventCodec.read(record.value(), DecreeAppliedV1.class);
        if (!RegistrantTopicKeys.isOf(key, decree.registrantId())) {
            throw new MalformedEventException("key " + key + " is not the registrant id of the decree");
        }
        boolean first = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!received.recordFirstReceipt(
                    eventId, type, key, record.topic(), record.partition(), record.offset(), clock.instant())) {
                return false;
            }
            RegistrantFacts subject = registrants
                    .find(decree.registrantId())
                    .orElseGet(() -> RegistrantFacts.unknown(decree.registrantId()));
            issuer.issue(rules.evaluate(new Trigger.DecreeApplied(eventId, decree, subject)));
            return true;
        }));
        meters.counter("registry.worker.events", "outcome", first ? "taken-in" : "redelivered")
                .increment();
    }

    /**
     * A guard carries no state: it comes before the release it guards, on the same partition, so its alert is issued
     * first. The facts are the projection's as they stand (an accused who is not a registrant has none but the id).
     */
    private void onReleaseGuard(ConsumerRecord<String, byte[]> record, UUID eventId, String type, String key) {
        ReleaseGuardRaisedV1 guard = EventCodec.read(record.value(), ReleaseGuardRaisedV1.class);
        if (!RegistrantTopicKeys.isOf(key, guard.subjectId())) {
            throw new MalformedEventException("key " + key + " is not the subject id of the release guard");
        }
        boolean first = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!received.recordFirstReceipt(
                    eventId, type, key, record.topic(), record.partition(), record.offset(), clock.instant())) {
                return false;
            }
            RegistrantFacts subject =
                    registrants.find(guard.subjectId()).orElseGet(() -> RegistrantFacts.unknown(guard.subjectId()));
            issuer.issue(rules.evaluate(new Trigger.ReleaseGuard(eventId, guard, subject)));
            return true;
        }));
        meters.counter("registry.worker.events", "outcome", first ? "taken-in" : "redelivered")
                .increment();
    }

    /**
     * registry-api erased a de-registered registrant's personal data after retention: the worker erases its copy in the
     * same transaction as the receipt, and logs what it erased in counts only.
     */
    private void onErasure(ConsumerRecord<String, byte[]> record, UUID eventId, String type, String key) {
        RegistrantPersonalDataErasedV1 erased = EventCodec.read(record.value(), RegistrantPersonalDataErasedV1.class);
        if (!RegistrantTopicKeys.isOf(key, erased.registrantId())) {
            throw new MalformedEventException("key " + key + " is not the registrant id of the erasure");
        }
        if (!RegistrantTopicKeys.isState(key)) {
            // its copies under <id>:restriction and the like only make compaction drop those facts; the one under
            // the plain id erases
            meters.counter("registry.worker.events", "outcome", "skipped").increment();
            return;
        }
        PersonalDataErasure.Erased counts = transactions.execute(tx -> received.recordFirstReceipt(
                        eventId, type, key, record.topic(), record.partition(), record.offset(), clock.instant())
                ? erasure.erase(erased.registrantId())
                : null);
        if (counts != null) {
            log.info(
                    "erasure after retention: facts {}, travel notices {}, restrictions {}, alerts blanked {},"
                            + " deliveries blanked {}",
                    counts.facts(),
                    counts.travelNotices(),
                    counts.restrictions(),
                    counts.alerts(),
                    counts.deliveries());
            meters.counter("registry.worker.erasures").increment();
        }
        meters.counter("registry.worker.events", "outcome", counts != null ? "taken-in" : "redelivered")
                .increment();
    }

    /**
     * A restriction carries no state: it decides who receives the registrant's alerts, and withholds what is still
     * queued for anyone else.
     */
    private void onRestriction(ConsumerRecord<String, byte[]> record, UUID eventId, String type, String key) {
        RecordRestrictionChangedV1 change = EventCodec.read(record.value(), RecordRestrictionChangedV1.class);
        if (!RegistrantTopicKeys.isOf(key, change.registrantId())) {
            throw new MalformedEventException("key " + key + " is not the registrant id of the restriction");
        }
        boolean first = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!received.recordFirstReceipt(
                    eventId, type, key, record.topic(), record.partition(), record.offset(), clock.instant())) {
                return false;
            }
            if (restrictions.apply(change) && change.restricted()) {
                int withheld = deliveries.withholdOutside(change.registrantId(), change.restrictedToUnits());
                meters.counter("registry.worker.deliveries.withheld").increment(withheld);
            }
            return true;
        }));
        meters.counter("registry.worker.events", "outcome", first ? "taken-in" : "redelivered")
                .increment();
    }
}

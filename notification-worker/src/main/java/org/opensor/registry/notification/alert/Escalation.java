package org.opensor.registry.notification.alert;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertEscalatedV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.notification.config.NotificationSettings;
import org.opensor.registry.notification.delivery.DeliveryQueue;
import org.opensor.registry.notification.delivery.Purpose;
import org.opensor.registry.notification.registrant.RecordRestrictions;
import org.opensor.registry.notification.subscription.Subscription;
import org.opensor.registry.notification.subscription.Subscriptions;
import org.opensor.registry.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates alerts that passed their acknowledgement deadline unacknowledged: each goes to the duty-officer
 * subscriptions (an {@code alert.escalated} webhook) and an {@link AlertEscalatedV1} is published, in one
 * transaction. Rows are locked with SKIP LOCKED, so several worker instances never escalate the same alert twice.
 * An acknowledgement (AlertAcknowledgedV1) moves the alert out of reach of this job. For a record restricted to units,
 * duty officers outside those units get the alert withheld ({@link WithheldAlert}).
 */
@Component
class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);
    private static final int BATCH = 100;
    static final String OVERDUE = "registry.worker.alerts.overdue";

    private final Alerts alerts;
    private final Subscriptions subscriptions;
    private final RecordRestrictions restrictions;
    private final DeliveryQueue deliveries;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final NotificationSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicLong overdue = new AtomicLong();

    /** @param meters where {@value #OVERDUE} is kept (the OpenSorAcknowledgementsOverdue alert) */
    Escalation(
            Alerts alerts,
            Subscriptions subscriptions,
            RecordRestrictions restrictions,
            DeliveryQueue deliveries,
            Outbox outbox,
            TransactionTemplate transactions,
            NotificationSettings settings,
            Clock clock,
            MeterRegistry meters) {
        Gauge.builder(OVERDUE, overdue, AtomicLong::get)
                .description(
                        "Alerts past their acknowledgement deadline, unacknowledged (counted each escalation round)")
                .register(meters);
        this.alerts = alerts;
        this.subscriptions = subscriptions;
        this.restrictions = restrictions;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${registry.notification.escalation.check-interval}")
    void escalateOverdue() {
        try {
            Integer escalated;
            do {
                escalated = transactions.execute(status -> escalateBatch());
            } while (escalated != null && escalated == BATCH);
            overdue.set(alerts.countOverdue(clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Escalation round failed; overdue alerts stay for the next round: {}", e.getMessage());
        }
        // Counted whether or not it escalated anything: a test (or an operator) knows the job ran, not only that it
        // acted.
        meters.counter("registry.worker.escalation.rounds").increment();
    }

    private int escalateBatch() {
        Instant now = clock.instant();
        List<Alerts.Overdue> overdue = alerts.lockOverdue(now, BATCH);
        if (overdue.isEmpty()) {
            return 0;
        }
        List<Subscription> dutyOfficers = subscriptions.dutyOfficers();
        List<String> agencies =
                dutyOfficers.stream().map(Subscription::agency).distinct().toList();
        if (dutyOfficers.isEmpty()) {
            log.warn(
                    "{} alerts are overdue and no duty-officer subscription ({}) exists",
                    overdue.size(),
                    settings.escalation().dutyOfficerAgency());
        }
        for (Alerts.Overdue alert : overdue) {
            alerts.markEscalated(alert.alertId(), now);
            WebhookBody.Data d = alert.data();
            WebhookBody.Data escalated = new WebhookBody.Data(
                    d.alertId(),
                    d.alertType(),
                    d.severity(),
                    d.subject(),
                    d.recipients(),
                    d.reason(),
                    d.rationale(),
                    d.acknowledgeBy(),
                    d.issuedAt(),
                    now,
                    null);
            String body = new String(
                    EventCodec.write(new WebhookBody("alert.escalated", now, escalated)), StandardCharsets.UTF_8);
            // A restricted record's duty officers outside its units learn that an alert went unanswered and whom to
            // call.
            List<String> units = d.subject() == null
                    ? List.of()
                    : restrictions.unitsOf(d.subject().registrantId());
            String withheld = units.isEmpty()
                    ? body
                    : new String(
                            EventCodec.write(new WebhookBody(
                                    "alert.escalated" + WithheldAlert.TYPE_SUFFIX,
                                    now,
                                    WithheldAlert.of(escalated, units))),
                            StandardCharsets.UTF_8);
            for (Subscription dutyOfficer : dutyOfficers) {
                String sent = units.isEmpty() || dutyOfficer.belongsToAnyOf(units) ? body : withheld;
                deliveries.enqueue(
                        alert.alertId(),
                        dutyOfficer.id(),
                        Purpose.ESCALATED,
                        sent,
                        now,
                        settings.delivery().retryFor());
            }
            outbox.append(
                    Topics.ALERTS,
                    alert.alertId().toString(),
                    AlertEventTypes.ESCALATED_V1,
                    now,
                    new AlertEscalatedV1(alert.alertId(), alert.severity(), alert.acknowledgeBy(), agencies, now));
        }
        return overdue.size();
    }
}

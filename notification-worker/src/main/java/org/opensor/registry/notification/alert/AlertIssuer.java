package org.opensor.registry.notification.alert;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.notification.config.NotificationSettings;
import org.opensor.registry.notification.delivery.DeliveryQueue;
import org.opensor.registry.notification.delivery.Purpose;
import org.opensor.registry.notification.registrant.RecordRestrictions;
import org.opensor.registry.notification.rules.AlertDraft;
import org.opensor.registry.notification.rules.Recipient;
import org.opensor.registry.notification.subscription.Subscription;
import org.opensor.registry.notification.subscription.Subscriptions;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the rules' drafts into alerts, in the caller's transaction (the intake's, which also records the source
 * event): the alert row, its {@link AlertIssuedV1} in the outbox, and one queued webhook per matching
 * subscription all commit together or not at all. An alert on a record restricted to units goes only to those units'
 * subscriptions, in full; nobody else is told.
 */
@Service
public class AlertIssuer {

    private final Alerts alerts;
    private final Subscriptions subscriptions;
    private final RecordRestrictions restrictions;
    private final DeliveryQueue deliveries;
    private final Outbox outbox;
    private final NotificationSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    AlertIssuer(
            Alerts alerts,
            Subscriptions subscriptions,
            RecordRestrictions restrictions,
            DeliveryQueue deliveries,
            Outbox outbox,
            NotificationSettings settings,
            MeterRegistry meters,
            Clock clock) {
        this.alerts = alerts;
        this.subscriptions = subscriptions;
        this.restrictions = restrictions;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** @return the ids of the alerts issued now (none for drafts issued before) */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> issue(List<AlertDraft> drafts) {
        return drafts.stream()
                .map(this::issue)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private UUID issue(AlertDraft draft) {
        Instant now = clock.instant();
        UUID alertId = UUID.randomUUID();
        Instant acknowledgeBy = now.plus(settings.alerts().deadline(draft.severity()));
        List<String> recipients =
                draft.recipients().stream().map(Recipient::toString).toList();
        WebhookBody.Data data = new WebhookBody.Data(
                alertId,
                draft.type().name(),
                draft.severity().name(),
                new WebhookBody.Subject(
                        draft.subject().registrantId(),
                        draft.subject().familyName(),
                        draft.subject().givenNames(),
                        draft.subject().nationalities()),
                recipients,
                draft.reason(),
                draft.rationale(),
                acknowledgeBy,
                now,
                null,
                null);
        if (!alerts.insert(
                alertId,
                draft.sourceEventId(),
                draft.rule(),
                draft.type().name(),
                draft.severity().name(),
                draft.subject().registrantId(),
                recipients,
                draft.reason(),
                draft.rationale(),
                acknowledgeBy,
                data,
                now)) {
            return null;
        }
        outbox.append(
                Topics.ALERTS,
                alertId.toString(),
                AlertEventTypes.ISSUED_V1,
                now,
                new AlertIssuedV1(
                        alertId,
                        draft.type().name(),
                        draft.severity().name(),
                        draft.subject().registrantId(),
                        recipients,
                        draft.reason(),
                        draft.rationale(),
                        draft.rule(),
                        draft.sourceEventId(),
                        acknowledgeBy,
                        now,
                        draft.wording()));
        String body = new String(EventCodec.write(new WebhookBody("alert.issued", now, data)), StandardCharsets.UTF_8);
        // A restricted record's alerts go to its units only, as registry-api's inbox does (docs/security.md).
        List<String> units = restrictions.unitsOf(draft.subject().registrantId());
        List<Subscription> receivers = units.isEmpty()
                ? subscriptions.matching(draft.type(), draft.recipients())
                : subscriptions.ofUnits(draft.type(), units);
        for (Subscription subscription : receivers) {
            deliveries.enqueue(
                    alertId,
                    subscription.id(),
                    Purpose.ISSUED,
                    body,
                    now,
                    settings.delivery().retryFor());
        }
        meters.counter(
                        "registry.worker.alerts",
                        "type",
                        draft.type().name(),
                        "severity",
                        draft.severity().name())
                .increment();
        return alertId;
    }
}

package org.opensor.registry.api.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.restriction.RecordRestricted;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.travel.TravelNoticeCancelled;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.alert.AlertAcknowledgedV1;
import org.opensor.registry.events.alert.AlertEscalatedV1;
import org.opensor.registry.events.alert.AlertEventTypes;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert inbox: takes in the worker's alert events (once each, by event id), lists alerts, and acknowledges
 * them. An acknowledgement goes back to the worker as {@link AlertAcknowledgedV1} through the outbox, in the same
 * transaction, so escalation stops. Each change an officer would see is announced to every instance's live streams
 * ({@link AlertChanges}) in the transaction that makes it, so it is heard only if it commits.
 */
@Service
public class AlertService {

    private final AlertInbox inbox;
    private final Outbox outbox;
    private final AlertChanges changes;
    private final Clock clock;

    AlertService(AlertInbox inbox, Outbox outbox, AlertChanges changes, Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.changes = changes;
        this.clock = clock;
    }

    /** @return false when the event was taken in before */
    @Transactional
    public boolean issued(UUID eventId, AlertIssuedV1 issued) {
        if (!inbox.recordFirstReceipt(eventId, AlertEventTypes.ISSUED_V1, Topics.ALERTS, clock.instant())) {
            return false;
        }
        if (inbox.add(issued, clock.instant())) {
            changes.announce(issued.alertId());
        }
        return true;
    }

    @Transactional
    public boolean escalated(UUID eventId, AlertEscalatedV1 escalated) {
        if (!inbox.recordFirstReceipt(eventId, AlertEventTypes.ESCALATED_V1, Topics.ALERTS, clock.instant())) {
            return false;
        }
        inbox.escalated(escalated.alertId(), escalated.escalatedAt(), clock.instant());
        changes.announce(escalated.alertId());
        return true;
    }

    @Transactional
    public boolean delivered(UUID eventId, UUID alertId) {
        if (!inbox.recordFirstReceipt(eventId, AlertEventTypes.DELIVERED_V1, Topics.ALERTS, clock.instant())) {
            return false;
        }
        inbox.delivered(alertId, clock.instant());
        return true;
    }

    /** An acknowledgement seen on the topic: ours (already applied) or another inbox's. */
    @Transactional
    public boolean acknowledgedElsewhere(UUID eventId, AlertAcknowledgedV1 ack) {
        if (!inbox.recordFirstReceipt(eventId, AlertEventTypes.ACKNOWLEDGED_V1, Topics.ALERTS, clock.instant())) {
            return false;
        }
        inbox.findForUpdate(ack.alertId())
                .filter(a -> a.state() != AlertState.ACKNOWLEDGED)
                .ifPresent(a -> {
                    inbox.acknowledged(a.id(), ack.acknowledgedBy(), ack.note(), ack.acknowledgedAt(), clock.instant());
                    changes.announce(a.id());
                });
        return true;
    }

    /**
     * @throws NotFound          when there is no such alert
     * @throws RecordRestricted  when its registrant is restricted to units {@code viewer} does not belong to (403): only
     *                           they may stop the escalation of an alert they alone can see
     * @throws RefusedTransition when it was acknowledged already (409)
     */
    @Transactional
    public Alert acknowledge(UUID alertId, String actor, String note, Viewer viewer) {
        Alert alert = inbox.findForUpdate(alertId).orElseThrow(() -> new NotFound("No alert with id " + alertId + "."));
        if (inbox.find(alertId, viewer).isEmpty()) {
            throw new RecordRestricted();
        }
        if (alert.state() == AlertState.ACKNOWLEDGED) {
            throw new RefusedTransition(
                    "state",
                    "already-acknowledged",
                    alert.state().name(),
                    "Alert " + alertId + " was acknowledged already by " + alert.acknowledgedBy() + " at "
                            + alert.acknowledgedAt() + ".");
        }
        Instant now = clock.instant();
        String cleanNote = Texts.blankToNull(note);
        inbox.acknowledged(alertId, actor, cleanNote, now, now);
        outbox.append(
                Topics.ALERTS,
                alertId.toString(),
                AlertEventTypes.ACKNOWLEDGED_V1,
                now,
                new AlertAcknowledgedV1(alertId, actor, cleanNote, now));
        changes.announce(alertId);
        return inbox.find(alertId).orElseThrow();
    }

    /**
     * A cancelled trip needs no more action: its open alerts are resolved in the cancelling transaction, acknowledged
     * in the name of who cancelled with the reason as the note, and the worker is told so escalation stops.
     */
    @EventListener
    void noticeCancelled(TravelNoticeCancelled cancelled) {
        Instant now = clock.instant();
        String note = "Travel notice cancelled: " + cancelled.reason();
        for (UUID alertId : inbox.openAboutNotice(cancelled.noticeId())) {
            // locked and read again: an officer may be acknowledging it at this moment
            inbox.findForUpdate(alertId)
                    .filter(a -> a.state() != AlertState.ACKNOWLEDGED)
                    .ifPresent(a -> {
                        inbox.acknowledged(alertId, cancelled.actor(), note, now, now);
                        outbox.append(
                                Topics.ALERTS,
                                alertId.toString(),
                                AlertEventTypes.ACKNOWLEDGED_V1,
                                now,
                                new AlertAcknowledgedV1(alertId, cancelled.actor(), note, now));
                        changes.announce(alertId);
                    });
        }
    }

    /**
     * The inbox as {@code viewer} may see it: alerts on records restricted to other units are left out (and not
     * counted); the registrants shown go into the request's audit entry.
     */
    @Transactional(readOnly = true)
    public AlertPage list(AlertFilter filter, Viewer viewer, int page, int size) {
        return list(filter, viewer, page, size, AlertOrder.NEWEST_FIRST);
    }

    /** As {@link #list(AlertFilter, Viewer, int, int)}, in {@code order}. */
    @Transactional(readOnly = true)
    public AlertPage list(AlertFilter filter, Viewer viewer, int page, int size, AlertOrder order) {
        AlertPage found = inbox.list(filter, viewer, page, size, order);
        DisclosedRecords.note(
                found.items().stream().map(Alert::registrantId).distinct().toList());
        return found;
    }

    /** The alert, when {@code viewer} may see its registrant. */
    @Transactional(readOnly = true)
    public Optional<Alert> find(UUID id, Viewer viewer) {
        return inbox.find(id, viewer);
    }
}

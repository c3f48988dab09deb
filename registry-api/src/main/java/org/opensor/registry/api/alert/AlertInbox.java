package org.opensor.registry.api.alert;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.events.alert.AlertIssuedV1;

/** The alert inbox table and the record of events already taken in. */
public interface AlertInbox {

    /** @return false when the event id was seen before (a redelivery) */
    boolean recordFirstReceipt(UUID eventId, String type, String topic, Instant at);

    /** @return false when the alert was already there */
    boolean add(AlertIssuedV1 issued, Instant at);

    Optional<Alert> find(UUID id);

    Optional<Alert> findForUpdate(UUID id);

    void escalated(UUID id, Instant escalatedAt, Instant at);

    void delivered(UUID id, Instant at);

    void acknowledged(UUID id, String by, String note, Instant acknowledgedAt, Instant at);

    /** One page of the alerts matching the filter whose registrant {@code viewer} may see, newest first. */
    default AlertPage list(AlertFilter filter, Viewer viewer, int page, int size) {
        return list(filter, viewer, page, size, AlertOrder.NEWEST_FIRST);
    }

    /** One page of the alerts matching the filter whose registrant {@code viewer} may see, in {@code order}. */
    AlertPage list(AlertFilter filter, Viewer viewer, int page, int size, AlertOrder order);

    /** The alerts not yet acknowledged that were raised on an event about the travel notice {@code noticeId}. */
    java.util.List<UUID> openAboutNotice(UUID noticeId);

    /** The alert, when its registrant is one {@code viewer} may see. */
    Optional<Alert> find(UUID id, Viewer viewer);
}

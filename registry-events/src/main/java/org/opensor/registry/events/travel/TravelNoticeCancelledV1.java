package org.opensor.registry.events.travel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A declared travel notice was cancelled. JSON schema: {@code schemas/travel-notice-cancelled.v1.json}.
 *
 * @param noticeId     id of the cancelled notice
 * @param registrantId the registrant (also the Kafka key)
 * @param reason       why it was cancelled, in words
 * @param cancelledAt  when the cancellation was committed
 */
public record TravelNoticeCancelledV1(UUID noticeId, UUID registrantId, String reason, Instant cancelledAt) {

    public TravelNoticeCancelledV1 {
        Objects.requireNonNull(noticeId, "noticeId is required");
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(reason, "reason is required");
        Objects.requireNonNull(cancelledAt, "cancelledAt is required");
    }
}

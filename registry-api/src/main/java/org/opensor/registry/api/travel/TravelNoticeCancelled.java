package org.opensor.registry.api.travel;

import java.util.UUID;

/**
 * Published inside the transaction that cancels a notice, so that what was raised about the trip (its open alerts)
 * is resolved in the same commit or not at all.
 *
 * @param reason the clerk's or officer's reason, as stored on the notice
 */
public record TravelNoticeCancelled(UUID noticeId, UUID registrantId, String actor, String reason) {}

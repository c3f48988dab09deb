package org.opensor.registry.api.travel;

/** Where a travel notice stands: declared (possibly amended since) or cancelled, which is final. */
public enum TravelNoticeState {
    DECLARED,
    CANCELLED
}

package org.opensor.registry.api.alert;

/** The order of an inbox page. */
public enum AlertOrder {
    /** The API's order, stable for integrators: newest first. */
    NEWEST_FIRST,
    /**
     * The alert desk's order: alerts still to acknowledge first, the earliest deadline first (an overdue one is the
     * earliest of all), critical before urgent before routine when deadlines tie, then the newest.
     */
    MOST_PRESSING_FIRST
}

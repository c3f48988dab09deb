package org.opensor.registry.api.security;

import java.time.Instant;

/**
 * A principal read together with the unit its account belonged to at that moment, so that {@link CurrentUnit} need
 * not read the unit again while that reading is fresh.
 */
public interface LoadedWithUnit {

    /** The account's unit when it was read, or null for none. */
    String unit();

    /** When the account was read. */
    Instant loadedAt();
}

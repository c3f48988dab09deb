package org.opensor.registry.api.restriction;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** The units each registrant's record is restricted to ({@code registry.registrant_restriction}). */
public interface Restrictions {

    /**
     * Locks the registrant's row until the transaction ends, so that a restriction and any other write of the record
     * are ordered; the registrant's current version, or empty when no registrant has this id.
     */
    OptionalLong lockRegistrant(UUID registrantId);

    /** The units the record is restricted to, sorted; empty when it is not restricted. */
    List<String> unitsOf(UUID registrantId);

    /** Restricts the record to exactly {@code units}; an empty list lifts the restriction. */
    void replace(UUID registrantId, List<String> units, String setBy, Instant setAt);
}

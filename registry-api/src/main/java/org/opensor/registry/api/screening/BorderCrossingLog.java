package org.opensor.registry.api.screening;

import java.util.List;
import org.opensor.registry.events.travel.BorderHitV1;

/**
 * The border hits registry-api raised, kept in {@code registry.border_crossing} so the travel-compliance job can
 * reconcile what the border saw with what was declared (the events leave with the outbox's retention).
 */
public interface BorderCrossingLog {

    /** In the caller's transaction, with the hits' events. */
    void record(List<BorderHitV1> hits);
}

package org.opensor.registry.api.deportation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deportation orders in PostgreSQL. */
public interface DeportationOrders {

    void add(DeportationOrder order);

    /** The registrant's orders, newest first. */
    List<DeportationOrder> of(UUID registrantId);

    /** Marks every unexecuted order whose person was seen leaving (a STRONG departure after the order) executed; returns how many. */
    int closeThoseSeenLeaving(Instant now);

    /** Open orders due before {@code today}: each is marked overdue and returned once. */
    List<DeportationOrder> markOverdue(LocalDate today);

    List<String> nationalitiesOf(UUID registrantId);
}

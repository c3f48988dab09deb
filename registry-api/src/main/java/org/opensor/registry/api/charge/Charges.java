package org.opensor.registry.api.charge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Charges, in PostgreSQL. */
public interface Charges {

    void add(Charge charge);

    void update(Charge charge);

    Optional<Charge> find(UUID id);

    Optional<Charge> findForUpdate(UUID id);

    /** The person's charges that are not sealed, latest first (at most {@code limit}). */
    List<Charge> ofSubject(UUID subjectId, int limit);

    /**
     * The latest unsealed charge of each accused who is not a registrant: whom a clerk may be looking for by name.
     */
    List<Charge> latestOfUnregisteredAccused();

    /** Every charge whose travel ban is in force (not ended, not sealed). */
    List<Charge> travelBansInForce();

    /** The subject id of the registrant's earlier charges, or of any earlier charge with this subject id. */
    boolean subjectExists(UUID subjectId);

    boolean registrantExists(UUID registrantId);
}

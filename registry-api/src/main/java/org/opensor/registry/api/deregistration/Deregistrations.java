package org.opensor.registry.api.deregistration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** De-registration decisions, one per registrant. */
public interface Deregistrations {

    /** @return false when the registrant has a decision already (pending or approved) */
    boolean addIfNone(Deregistration proposed);

    Optional<Deregistration> ofRegistrant(UUID registrantId);

    /** The registrant's decision, locked until the end of the transaction: two approvers queue up. */
    Optional<Deregistration> ofRegistrantForUpdate(UUID registrantId);

    void update(Deregistration decision);

    /** Approved decisions, newest first: the auditor's list of withdrawn records. */
    List<Deregistration> approved(int page, int size);

    long countApproved();
}

package org.opensor.registry.api.registrant;

import java.util.List;
import java.util.Optional;
import org.opensor.registry.api.restriction.Viewer;

/** The registrants held by the registry. */
public interface Registrants {

    void add(Registrant registrant);

    Optional<Registrant> find(RegistrantId id);

    /** The registrants of {@code ids} that exist, with everything below them, in a fixed number of queries. */
    java.util.Map<RegistrantId, Registrant> findAll(java.util.Collection<RegistrantId> ids);

    /** Loads the registrant and locks it until the end of the transaction: writers of one registrant queue up. */
    Optional<Registrant> findForUpdate(RegistrantId id);

    /** Stores {@code after}, which must follow {@code before} (same id, a higher version, only additions below it). */
    void update(Registrant before, Registrant after);

    /**
     * Registrants that may be the same person, each with why ({@link DuplicateCandidate.Rule}). Serialises concurrent
     * checks on the same keys (name, documents, month of birth) until the end of the transaction.
     */
    List<DuplicateCandidate> possibleDuplicates(Identity identity);

    /** One page of the registrants matching the filter that {@code viewer} may see, in the filter's order. */
    RegistrantPage list(RegistrantFilter filter, Viewer viewer, java.time.LocalDate today, int page, int size);
}

package org.opensor.registry.api.decree;

import java.util.List;
import java.util.Optional;

/** The decrees held by the registry. */
public interface Decrees {

    void add(Decree decree);

    Optional<Decree> find(DecreeId id);

    /** Loads the decree and locks it until the end of the transaction: two clerks cannot apply it twice. */
    Optional<Decree> findForUpdate(DecreeId id);

    /** Stores {@code after}, the next version of {@code before}. */
    void update(Decree before, Decree after);

    /** One page of decrees, newest decree date first. */
    List<Decree> page(int page, int size);

    long count();
}

package org.opensor.registry.indexer.registrant;

import java.util.Optional;

/** The search index of registrants. */
public interface RegistrantIndex {

    enum Outcome { INDEXED, ALREADY_CURRENT }

    /** Creates the index and its alias if they do not exist. */
    void ensureExists();

    /**
     * Stores the document unless the index already holds this version or a newer one: replays, duplicates
     * and late events then change nothing.
     */
    Outcome store(RegistrantDocument document);

    Optional<RegistrantDocument> find(String registrantId);
}

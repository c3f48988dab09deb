package org.opensor.registry.api.search;

import java.util.Collection;
import java.util.List;

/** Stage 1 of identity search: the registrants that share retrieval keys with a query. */
public interface CandidateIndex {

    /**
     * Up to {@code limit} registrants sharing at least one of {@code keys}, those sharing the rarest and most keys
     * first.
     */
    List<IndexedRegistrant> candidates(Collection<String> keys, int limit);
}

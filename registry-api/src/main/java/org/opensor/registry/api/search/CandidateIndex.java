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

    /**
     * {@link #candidates} for each key set, in order. A manifest's travellers go to the index together: one round
     * trip for many searches costs both sides less than one each.
     */
    default List<List<IndexedRegistrant>> candidatesOfEach(List<? extends Collection<String>> keySets, int limit) {
        return keySets.stream().map(keys -> candidates(keys, limit)).toList();
    }
}

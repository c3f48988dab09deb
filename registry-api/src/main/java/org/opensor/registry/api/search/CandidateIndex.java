package org.opensor.registry.api.search;

import java.util.Collection;
import java.util.List;
import org.opensor.registry.index.IndexedRegistrant;

/** Stage 1 of identity search: the registrants that share retrieval keys with a query. */
public interface CandidateIndex {

    /**
     * The registrants stage 1 hands to re-scoring, best by the keys first.
     *
     * @param tiedAtTheCut how many of the last registrants share the query's keys exactly as closely as registrants the
     *     index holds beyond them and did not hand over; 0 when there are none such. The keys cannot order such a tie,
     *     so if the re-scorer finds those it was given worth showing, someone sought may be among those left out (a
     *     common name without a date of birth, in a large registry)
     */
    record Candidates(List<IndexedRegistrant> registrants, int tiedAtTheCut) {

        public Candidates {
            registrants = List.copyOf(registrants);
        }

        public static Candidates none() {
            return new Candidates(List.of(), 0);
        }
    }

    /**
     * Up to {@code limit} registrants sharing at least one of {@code keys}, those sharing the rarest and most keys
     * first.
     */
    Candidates candidates(Collection<String> keys, int limit);

    /**
     * The registrants holding a document whose key ({@code IdentityKeys.ofDocumentNumber}) is {@code documentKey} or
     * one character from it (a wrong, missing, extra or two swapped characters), those holding it exactly first: a
     * search by a document number alone, which must find the number typed with one slip. This default finds the exact
     * key only; an index that can compare keys loosely answers in full.
     */
    default Candidates candidatesNearDocument(String documentKey, int limit) {
        return candidates(List.of(documentKey), limit);
    }

    /**
     * {@link #candidates} for each key set, in order. A manifest's travellers go to the index together: one round
     * trip for many searches costs both sides less than one each.
     */
    default List<Candidates> candidatesOfEach(List<? extends Collection<String>> keySets, int limit) {
        return keySets.stream().map(keys -> candidates(keys, limit)).toList();
    }
}

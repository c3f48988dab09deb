package org.opensor.registry.api.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a search's candidates are restricted to named units and which a de-registration withdrew, asked of
 * PostgreSQL (the authority, whatever the index says) in one round trip for all the candidates of all the queries.
 */
@FunctionalInterface
public interface CandidateVisibility {

    /** What {@link #of} found: the restricting units of each restricted candidate, and the withdrawn candidates. */
    record Visibility(Map<String, List<String>> restrictedTo, Set<String> withdrawn) {}

    /** The restrictions and withdrawals among {@code registrantIds}; unrestricted, present ones are in neither. */
    Visibility of(Collection<String> registrantIds);

    /** The two checks asked apart, as a test or a source without the combined query answers them. */
    static CandidateVisibility of(RestrictedRecords restrictions, WithdrawnRecords withdrawn) {
        return ids -> new Visibility(restrictions.restrictingUnits(ids), withdrawn.withdrawn(ids));
    }
}

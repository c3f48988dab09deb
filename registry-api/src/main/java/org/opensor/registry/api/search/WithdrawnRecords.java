package org.opensor.registry.api.search;

import java.util.Collection;
import java.util.Set;

/** Which registrants a de-registration withdrew, as {@code RecordVisibility} keeps them. */
@FunctionalInterface
public interface WithdrawnRecords {

    /**
     * Those of {@code registrantIds} withdrawn by an approved de-registration: no search or screening shows them,
     * whatever the index still holds.
     */
    Set<String> withdrawn(Collection<String> registrantIds);
}

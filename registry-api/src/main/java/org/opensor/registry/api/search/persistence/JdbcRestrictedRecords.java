package org.opensor.registry.api.search.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.api.search.CandidateVisibility;
import org.opensor.registry.api.search.RestrictedRecords;
import org.opensor.registry.api.search.WithdrawnRecords;
import org.springframework.stereotype.Repository;

/**
 * Restrictions as the registry administrator sets them, and withdrawn records, read through {@link RecordVisibility};
 * a search asks for both at once ({@link CandidateVisibility}).
 */
@Repository
class JdbcRestrictedRecords implements RestrictedRecords, WithdrawnRecords, CandidateVisibility {

    private final RecordVisibility visibility;

    JdbcRestrictedRecords(RecordVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public Map<String, List<String>> restrictingUnits(Collection<String> registrantIds) {
        Map<String, List<String>> units = new HashMap<>();
        visibility
                .restrictingUnits(registrantIds.stream().map(UUID::fromString).toList())
                .forEach((id, restrictedTo) -> units.put(id.toString(), restrictedTo));
        return units;
    }

    @Override
    public Visibility of(Collection<String> registrantIds) {
        RecordVisibility.Hidden hidden = visibility.hiddenAmong(registrantIds);
        return new Visibility(hidden.restrictedTo(), hidden.withdrawn());
    }

    @Override
    public Set<String> withdrawn(Collection<String> registrantIds) {
        return visibility.withdrawn(registrantIds.stream().map(UUID::fromString).toList()).stream()
                .map(UUID::toString)
                .collect(Collectors.toSet());
    }
}

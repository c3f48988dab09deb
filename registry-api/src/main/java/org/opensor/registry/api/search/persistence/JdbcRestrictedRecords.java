package org.opensor.registry.api.search.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.api.search.RestrictedRecords;
import org.springframework.stereotype.Repository;

/** Restrictions as the registry administrator sets them, read through {@link RecordVisibility}. */
@Repository
class JdbcRestrictedRecords implements RestrictedRecords {

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
}

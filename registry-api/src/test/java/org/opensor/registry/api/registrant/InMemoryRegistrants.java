package org.opensor.registry.api.registrant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.restriction.Viewer;

/** {@link Registrants} in a map, for fast tests of the use cases: the same duplicate rule, no database. */
final class InMemoryRegistrants implements Registrants {

    private final Map<RegistrantId, Registrant> stored = new LinkedHashMap<>();

    @Override
    public void add(Registrant registrant) {
        if (stored.putIfAbsent(registrant.id(), registrant) != null) {
            throw new IllegalStateException("registrant " + registrant.id() + " exists");
        }
    }

    @Override
    public Optional<Registrant> find(RegistrantId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Registrant> findForUpdate(RegistrantId id) {
        return find(id);
    }

    @Override
    public void update(Registrant before, Registrant after) {
        if (!before.id().equals(after.id()) || after.version() <= before.version() || stored.get(before.id()) != before) {
            throw new IllegalStateException("update must follow the stored state");
        }
        stored.put(after.id(), after);
    }

    @Override
    public List<UUID> possibleDuplicates(Identity identity) {
        return stored.values().stream().filter(r -> !java.util.Collections.disjoint(r.identity().documentKeys(), identity.documentKeys())
                        || r.identity().nameKey().equals(identity.nameKey())
                        && java.util.Objects.equals(r.identity().dateOfBirth(), identity.dateOfBirth()))
                .map(r -> r.id().value()).toList();
    }

    @Override
    public RegistrantPage list(RegistrantFilter filter, Viewer viewer, int page, int size) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    int size() {
        return stored.size();
    }
}

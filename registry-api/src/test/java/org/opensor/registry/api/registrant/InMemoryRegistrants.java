package org.opensor.registry.api.registrant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public Map<RegistrantId, Registrant> findAll(java.util.Collection<RegistrantId> ids) {
        Map<RegistrantId, Registrant> found = new LinkedHashMap<>();
        ids.forEach(id -> find(id).ifPresent(r -> found.put(id, r)));
        return found;
    }

    @Override
    public Optional<Registrant> findForUpdate(RegistrantId id) {
        return find(id);
    }

    @Override
    public void update(Registrant before, Registrant after) {
        if (!before.id().equals(after.id())
                || after.version() <= before.version()
                || stored.get(before.id()) != before) {
            throw new IllegalStateException("update must follow the stored state");
        }
        stored.put(after.id(), after);
    }

    /** The two plainest rules of the JDBC repository: a document in common, or the same name and date of birth. */
    @Override
    public List<DuplicateCandidate> possibleDuplicates(Identity identity) {
        return stored.values().stream()
                .map(r -> {
                    if (!java.util.Collections.disjoint(r.identity().documentKeys(), identity.documentKeys())) {
                        return candidate(r, DuplicateCandidate.Rule.SAME_DOCUMENT);
                    }
                    boolean sameNameAndBirth = r.identity().nameKey().equals(identity.nameKey())
                            && java.util.Objects.equals(r.identity().dateOfBirth(), identity.dateOfBirth());
                    return sameNameAndBirth ? candidate(r, DuplicateCandidate.Rule.SAME_NAME_AND_BIRTH) : null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static DuplicateCandidate candidate(Registrant r, DuplicateCandidate.Rule rule) {
        Identity i = r.identity();
        return new DuplicateCandidate(
                r.id().value(),
                i.familyName(),
                i.givenNames(),
                i.originalScriptName(),
                i.dateOfBirth() == null ? null : i.dateOfBirth().toString(),
                List.of(new DuplicateCandidate.Likeness(rule, List.of())));
    }

    @Override
    public RegistrantPage list(RegistrantFilter filter, Viewer viewer, java.time.LocalDate today, int page, int size) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    int size() {
        return stored.size();
    }
}

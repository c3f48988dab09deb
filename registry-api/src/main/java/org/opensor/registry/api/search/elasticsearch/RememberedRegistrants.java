package org.opensor.registry.api.search.elasticsearch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opensor.registry.api.search.IndexedRegistrant;

/**
 * Registrants as last read from the index, each with the document version it had. Common names bring the same
 * registrants back as candidates search after search; a search that finds one here at the version the index
 * reports need not read its stored fields again. The index's version only grows (the indexer writes with
 * external versions), so an entry at that version or newer is current. Bounded by forgetting everything when
 * full, like the scorer's memos: the common names come back at once.
 */
final class RememberedRegistrants {

    private record Entry(long version, IndexedRegistrant registrant) {
    }

    private final int capacity;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RememberedRegistrants(int capacity) {
        this.capacity = capacity;
    }

    boolean enabled() {
        return capacity > 0;
    }

    /** The registrant as read at {@code version} or later, or null if not remembered that fresh. */
    IndexedRegistrant get(String id, long version) {
        Entry entry = entries.get(id);
        return entry != null && entry.version() >= version ? entry.registrant() : null;
    }

    void put(String id, long version, IndexedRegistrant registrant) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.merge(id, new Entry(version, registrant), (old, young) -> young.version() >= old.version() ? young : old);
    }
}

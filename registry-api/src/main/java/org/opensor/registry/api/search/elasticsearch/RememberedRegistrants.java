package org.opensor.registry.api.search.elasticsearch;

import org.opensor.registry.api.search.IndexedRegistrant;
import org.opensor.registry.matching.text.RecentlyUsed;

/**
 * Registrants as last read from the index, each with the document version it had. Common names bring the same
 * registrants back as candidates search after search; a search that finds one here at the version the index
 * reports need not parse its payload or build its identity again. The index's version only grows (the indexer
 * writes with external versions), so an entry at that version or newer is current. Bounded, keeping the
 * registrants read lately and more than once ({@link RecentlyUsed}): in a registry larger than the bound the
 * namesakes of common names stay, and the many candidates met only once are not kept at all.
 */
final class RememberedRegistrants {

    private record Entry(long version, IndexedRegistrant registrant) {
    }

    private final int capacity;
    private final RecentlyUsed<String, Entry> entries;

    RememberedRegistrants(int capacity) {
        this.capacity = capacity;
        this.entries = RecentlyUsed.keepingRepeats(Math.max(2, capacity));
    }

    boolean enabled() {
        return capacity > 0;
    }

    /** The registrant as read at {@code version} or later, or null if not remembered that fresh. */
    IndexedRegistrant get(String id, long version) {
        Entry entry = entries.get(id);
        return entry != null && entry.version() >= version ? entry.registrant() : null;
    }

    /** Remembers the registrant unless a newer version is remembered (two reads racing may still keep the older: a miss, not a wrong answer). */
    void put(String id, long version, IndexedRegistrant registrant) {
        Entry known = entries.get(id);
        if (known == null || known.version() <= version) {
            entries.put(id, new Entry(version, registrant));
        }
    }
}

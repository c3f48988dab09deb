package org.opensor.registry.matching.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded map, safe for concurrent use, that keeps what was used lately. Entries live in two generations: a
 * read that finds an entry in the old one copies it into the young one, and when the young one is full the old one
 * is dropped and the young one becomes the old. So entries used again and again outlive a turnover (a map emptied
 * when full lost them all and refilled from scratch), and a read costs no bookkeeping beyond a second lookup.
 * Holds at most {@code capacity} entries.
 */
public final class RecentlyUsed<K, V> {

    private final int generationSize;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = new ConcurrentHashMap<>();

    /** @param capacity at least 2 */
    public RecentlyUsed(int capacity) {
        this.generationSize = Math.max(1, capacity / 2);
    }

    /** The value for {@code key}, or null. */
    public V get(K key) {
        V value = young.get(key);
        if (value == null) {
            value = old.get(key);
            if (value != null) {
                put(key, value);
            }
        }
        return value;
    }

    public void put(K key, V value) {
        Map<K, V> current = young;
        if (current.size() >= generationSize && !current.containsKey(key)) {
            synchronized (this) {
                if (young == current) {
                    old = current;
                    young = new ConcurrentHashMap<>();
                }
            }
        }
        young.put(key, value);
    }

    /** Entries held, in both generations (a key in both counts twice). */
    public int size() {
        return young.size() + old.size();
    }
}

package org.opensor.registry.matching.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded map, safe for concurrent use, that keeps what was used lately. Entries live in two generations: a
 * read that finds an entry in the old one copies it into the young one, and when the young one is full the old one
 * is dropped and the young one becomes the old. So entries used again and again outlive a turnover (a map emptied
 * when full lost them all and refilled from scratch), and a read costs no bookkeeping beyond a second lookup.
 * Holds at most {@code capacity} entries.
 *
 * <p>{@link #keepingRepeats} makes one that keeps a key only from the second time it is put (a doorkeeper, as in
 * TinyLFU), for keys most of which are met once: the word pairs of a query with a large registry's search
 * candidates. Keeping each of them filled the young generation as fast as searches came, and the garbage
 * collector copied every entry so kept, at each young collection, until it was dropped: at 1,000,000 registrants
 * that copying was most of each pause. A key put once leaves only its fingerprint in a fixed array, which the
 * collector does not copy. Keys that repeat within a bounded vocabulary (name words) need no doorkeeper, which would
 * only compute each of them once more.
 */
public final class RecentlyUsed<K, V> {

    private final int generationSize;
    /**
     * Fingerprints of keys put once and not kept, direct-mapped: a collision only makes a key wait for one more put.
     * Null when every key is kept.
     */
    private final int[] seenOnce;

    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = new ConcurrentHashMap<>();

    /** Keeps every key put. @param capacity at least 2 */
    public RecentlyUsed(int capacity) {
        this(capacity, false);
    }

    private RecentlyUsed(int capacity, boolean onlyRepeats) {
        this.generationSize = Math.max(1, capacity / 2);
        this.seenOnce = onlyRepeats ? new int[Integer.highestOneBit(Math.max(2, capacity) - 1) << 1] : null;
    }

    /** Keeps a key from the second time it is put, or when it is held already. @param capacity at least 2 */
    public static <K, V> RecentlyUsed<K, V> keepingRepeats(int capacity) {
        return new RecentlyUsed<>(capacity, true);
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

    /** Keeps {@code value}; one {@link #keepingRepeats} only if {@code key} was put before or is held, else notes that it was put. */
    public void put(K key, V value) {
        if (!admitted(key)) {
            return;
        }
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

    /** Races between threads may lose a fingerprint: a key then waits for one more put, nothing worse. */
    private boolean admitted(K key) {
        if (seenOnce == null) {
            return true;
        }
        int hash = key.hashCode() * 0x9E3779B9;
        int fingerprint = hash | 1; // 0 marks a free slot
        int slot = (hash ^ (hash >>> 16)) & (seenOnce.length - 1);
        if (seenOnce[slot] == fingerprint || young.containsKey(key) || old.containsKey(key)) {
            return true;
        }
        seenOnce[slot] = fingerprint;
        return false;
    }
}

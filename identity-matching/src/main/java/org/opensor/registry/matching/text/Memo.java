package org.opensor.registry.matching.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a name word or name: the scorer asks for the same skeletons,
 * sound codes and readings of the same registry names for every traveller, and recomputing them was most of a
 * screening's time. Bounded by forgetting everything when full (names repeat a lot, so it refills with the
 * common ones at once); safe for concurrent use.
 */
public final class Memo<K, V> {

    private final Function<K, V> function;
    private final int capacity;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    private Memo(Function<K, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    public static <K, V> Memo<K, V> of(Function<K, V> function, int capacity) {
        return new Memo<>(function, capacity);
    }

    /** The function's value for {@code key}; the function must not call this memo itself. */
    public V get(K key) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        value = function.apply(key);
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }
}

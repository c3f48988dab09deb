package org.opensor.registry.matching.text;

import java.util.function.Function;

/**
 * Remembers the results of a pure function of a name word or name: the scorer asks for the same skeletons,
 * sound codes and readings of the same registry names for every traveller, and recomputing them was most of a
 * screening's time. Bounded, keeping the values used lately ({@link RecentlyUsed}); safe for concurrent use.
 */
public final class Memo<K, V> {

    private final Function<K, V> function;
    private final RecentlyUsed<K, V> values;

    private Memo(Function<K, V> function, RecentlyUsed<K, V> values) {
        this.function = function;
        this.values = values;
    }

    public static <K, V> Memo<K, V> of(Function<K, V> function, int capacity) {
        return new Memo<>(function, new RecentlyUsed<>(capacity));
    }

    /** One for keys most of which are met once: it keeps a value from the second time its key is asked for. */
    public static <K, V> Memo<K, V> ofRepeats(Function<K, V> function, int capacity) {
        return new Memo<>(function, RecentlyUsed.keepingRepeats(capacity));
    }

    /** The function's value for {@code key}; the function must not call this memo itself. */
    public V get(K key) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        value = function.apply(key);
        values.put(key, value);
        return value;
    }
}

package org.opensor.registry.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentlyUsedTest {

    @Test
    void anEntryReadOftenOutlivesManyTurnoversWhileTheOthersGo() {
        RecentlyUsed<String, Integer> recent = new RecentlyUsed<>(100);
        recent.put("often", 0);
        for (int i = 0; i < 10_000; i++) {
            recent.put("once-" + i, i);
            if (i % 10 == 0) {
                assertThat(recent.get("often")).as("after %d others", i).isEqualTo(0);
            }
        }

        assertThat(recent.get("once-0")).isNull();
        assertThat(recent.get("once-9999")).isEqualTo(9999);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        RecentlyUsed<Integer, Integer> recent = new RecentlyUsed<>(100);
        for (int i = 0; i < 10_000; i++) {
            recent.put(i, i);
            recent.get(i / 2);
            assertThat(recent.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void aNewValueForAKeyReplacesTheOld() {
        RecentlyUsed<String, Integer> recent = new RecentlyUsed<>(4);
        recent.put("a", 1);
        recent.put("b", 2);
        recent.put("c", 3); // "a" and "b" are now the old generation
        recent.put("a", 4);

        assertThat(recent.get("a")).isEqualTo(4);
    }

    @Test
    void keepingRepeatsAKeyPutOnceIsNotKeptUntilItIsPutAgain() {
        RecentlyUsed<String, Integer> recent = RecentlyUsed.keepingRepeats(100);
        recent.put("met", 1);

        assertThat(recent.get("met")).isNull();
        assertThat(recent.size()).isZero();

        recent.put("met", 1);

        assertThat(recent.get("met")).isEqualTo(1);
    }

    @Test
    void keepingRepeatsKeysMetOnceNeverFillIt() {
        RecentlyUsed<String, Integer> recent = RecentlyUsed.keepingRepeats(100);
        for (int i = 0; i < 10_000; i++) {
            recent.put("once-" + i, i);
        }

        // A fingerprint collision may let a few in; keeping every key would hold 100.
        assertThat(recent.size()).isLessThan(10);
    }

    @Test
    void keepingRepeatsAKeyMetAgainAndAgainOutlivesTheOthers() {
        RecentlyUsed<String, Integer> recent = RecentlyUsed.keepingRepeats(100);
        recent.put("often", 0);
        recent.put("often", 0);
        for (int i = 0; i < 10_000; i++) {
            recent.put("twice-" + i, i);
            recent.put("twice-" + i, i);
            if (i % 10 == 0) {
                assertThat(recent.get("often")).as("after %d others", i).isEqualTo(0);
            }
            assertThat(recent.size()).isLessThanOrEqualTo(100);
        }

        assertThat(recent.get("twice-0")).isNull();
        assertThat(recent.get("twice-9999")).isEqualTo(9999);
    }

    @Test
    void keepingRepeatsANewValueForAKeyHeldReplacesTheOldAtOnce() {
        RecentlyUsed<String, Integer> recent = RecentlyUsed.keepingRepeats(4);
        for (String key : new String[] {"a", "a", "b", "b", "c", "c"}) {
            recent.put(key, 1); // "a" and "b" are now the old generation
        }
        recent.put("a", 4);

        assertThat(recent.get("a")).isEqualTo(4);
    }
}

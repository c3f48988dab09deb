package org.opensor.registry.api.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.search.IndexedRegistrant;

class RememberedRegistrantsTest {

    private static IndexedRegistrant named(String id, long version, String given) {
        return new IndexedRegistrant(id, version, "CHAN", given, null, "1980-01-01", null, "MALE", List.of("KHM"), List.of(), List.of());
    }

    /** A registrant is remembered from its second read: most candidates in a large registry are read once. */
    private static void readTwice(RememberedRegistrants remembered, String id, long version, String given) {
        remembered.put(id, version, named(id, version, given));
        remembered.put(id, version, named(id, version, given));
    }

    @Test
    void aRegistrantReadOnceIsNotRemembered() {
        RememberedRegistrants remembered = new RememberedRegistrants(10);
        remembered.put("a", 3, named("a", 3, "Dara"));

        assertThat(remembered.get("a", 3)).isNull();
    }

    @Test
    void aRegistrantIsRememberedOnlyForItsVersionAndOlderOnes() {
        RememberedRegistrants remembered = new RememberedRegistrants(10);
        readTwice(remembered, "a", 3, "Dara");

        assertThat(remembered.get("a", 3).givenNames()).isEqualTo("Dara");
        assertThat(remembered.get("a", 2)).as("the index may lag our read").isNotNull();
        assertThat(remembered.get("a", 4)).as("the index has a newer version: read it again").isNull();
        assertThat(remembered.get("b", 1)).isNull();
    }

    @Test
    void anOlderReadNeverReplacesANewerOne() {
        RememberedRegistrants remembered = new RememberedRegistrants(10);
        readTwice(remembered, "a", 5, "Dara Vireak");
        readTwice(remembered, "a", 4, "Dara");

        assertThat(remembered.get("a", 5).givenNames()).isEqualTo("Dara Vireak");
    }

    @Test
    void whenFullItForgetsTheRegistrantsNotReadLately() {
        RememberedRegistrants remembered = new RememberedRegistrants(4);
        readTwice(remembered, "common", 1, "A");
        readTwice(remembered, "b", 1, "B");
        readTwice(remembered, "c", 1, "C");
        remembered.get("common", 1); // a namesake of a common name comes back search after search
        readTwice(remembered, "d", 1, "D");
        readTwice(remembered, "e", 1, "E");

        assertThat(remembered.get("common", 1)).isNotNull();
        assertThat(remembered.get("b", 1)).isNull();
        assertThat(remembered.get("e", 1)).isNotNull();
        assertThat(remembered.enabled()).isTrue();
        assertThat(new RememberedRegistrants(0).enabled()).isFalse();
    }
}

package org.opensor.registry.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.notification.rules.TestTriggers.aHit;
import static org.opensor.registry.notification.rules.TestTriggers.aNotice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;

class DeclaredTripsTest {

    private final DeclaredTrips trips = new DeclaredTrips("KHM", Duration.ofDays(1));
    private final TravelNoticeDeclaredV1 toBangkok = aNotice()
            .from(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15))
            .to("THA", "BKK")
            .build();

    @Test
    void aCrossingAtHomeOrAtADestinationWithinTheDatesIsDeclared() {
        assertThat(trips.covers(toBangkok, aHit("PNH", "KHM", Instant.parse("2026-03-01T05:00:00Z"))))
                .isTrue();
        assertThat(trips.covers(toBangkok, aHit("BKK", "THA", Instant.parse("2026-03-01T09:00:00Z"))))
                .isTrue();
        assertThat(trips.covers(toBangkok, aHit("PNH", "KHM", Instant.parse("2026-03-16T09:00:00Z"))))
                .as("one day late back")
                .isTrue();
    }

    @Test
    void aCrossingOutsideTheDatesOrIntoAnotherCountryIsUndeclared() {
        assertThat(trips.covers(toBangkok, aHit("PNH", "KHM", Instant.parse("2026-02-20T05:00:00Z"))))
                .isFalse();
        assertThat(trips.covers(toBangkok, aHit("SGN", "VNM", Instant.parse("2026-03-02T05:00:00Z"))))
                .isFalse();
        assertThat(trips.covers(toBangkok, aHit("PNH", "KHM", Instant.parse("2026-03-17T05:00:00Z"))))
                .isFalse();
    }

    @Test
    void anotherPersonsNoticeCoversNothing() {
        TravelNoticeDeclaredV1 someoneElse =
                aNotice().forRegistrant(UUID.randomUUID()).build();

        assertThat(trips.anyCovers(List.of(someoneElse), aHit("PNH", "KHM", Instant.parse("2026-03-01T05:00:00Z"))))
                .isFalse();
    }
}

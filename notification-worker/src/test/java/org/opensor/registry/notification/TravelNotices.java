package org.opensor.registry.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;

/** Travel notices as the delivery tests declare them: one leg, a month ahead, declared in time. */
final class TravelNotices {

    private TravelNotices() {}

    static TravelNoticeDeclaredV1 declared(UUID registrant, String country, String borderPost) {
        return new TravelNoticeDeclaredV1(
                UUID.randomUUID(),
                registrant,
                LocalDate.now().plusDays(30),
                LocalDate.now().plusDays(40),
                null,
                List.of(new TravelNoticeDeclaredV1.Leg(country, borderPost, "XX 123", null)),
                "tourism",
                "PASSPORT",
                "N0000000",
                null,
                false,
                Instant.now());
    }
}

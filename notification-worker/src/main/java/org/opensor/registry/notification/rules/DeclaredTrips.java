package org.opensor.registry.notification.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;

/** Whether a border hit is covered by a declared trip: the matching that decides "undeclared travel". */
public final class DeclaredTrips {

    private final String homeCountry;
    private final Duration tolerance;

    /**
     * @param homeCountry the registry's country: exits and returns through its border posts belong to every trip
     * @param tolerance   how far outside the declared dates a crossing still counts as the declared trip
     */
    public DeclaredTrips(String homeCountry, Duration tolerance) {
        this.homeCountry = homeCountry;
        this.tolerance = tolerance;
    }

    /** @param notices the registrant's declared notices that are not cancelled */
    public boolean anyCovers(Collection<TravelNoticeDeclaredV1> notices, BorderHitV1 hit) {
        return notices.stream().anyMatch(notice -> covers(notice, hit));
    }

    public boolean covers(TravelNoticeDeclaredV1 notice, BorderHitV1 hit) {
        if (!notice.registrantId().equals(hit.registrantId())) {
            return false;
        }
        long days = Math.max(0, tolerance.toDays());
        LocalDate day = hit.observedAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = notice.departureDate().minusDays(days);
        LocalDate to = notice.returnDate() == null
                ? LocalDate.MAX
                : notice.returnDate().plusDays(days);
        if (day.isBefore(from) || day.isAfter(to)) {
            return false;
        }
        return hit.country().equals(homeCountry)
                || notice.legs().stream().anyMatch(leg -> leg.country().equals(hit.country()));
    }
}

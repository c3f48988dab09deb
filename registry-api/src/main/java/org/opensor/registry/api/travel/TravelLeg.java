package org.opensor.registry.api.travel;

import java.time.LocalDate;
import java.util.Objects;
import org.opensor.registry.api.place.CountryCode;

/** One leg of a declared itinerary: the country and the border post or airport of arrival. */
public record TravelLeg(CountryCode country, String pointOfArrival, String carrier, LocalDate arrivalDate) {

    public TravelLeg {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(pointOfArrival, "pointOfArrival");
    }
}

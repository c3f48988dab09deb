package org.opensor.registry.api.travel;

import java.time.LocalDate;
import java.util.List;
import org.opensor.registry.api.registrant.DocumentType;

/**
 * What a registrant declares about a trip. Checked by {@link TravelNoticeRules} before a notice is declared or amended.
 *
 * @param returnDate null for a one-way trip
 */
public record TravelPlan(
        LocalDate departureDate,
        LocalDate returnDate,
        String departurePoint,
        List<TravelLeg> legs,
        String purpose,
        DocumentType documentType,
        String documentNumber,
        String addressAbroad) {

    public TravelPlan {
        legs = legs == null ? List.of() : List.copyOf(legs);
    }
}

package org.opensor.registry.api.travel.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.opensor.registry.api.registrant.DocumentType;

/**
 * A trip as declared or amended.
 *
 * @param returnDate     last day of the trip; absent for a one-way trip
 * @param departurePoint the home border post or airport of exit, e.g. {@code PNH}
 * @param legs           the itinerary in order, at least one leg
 * @param reason         why the notice is recorded or changed, kept in the registrant's history
 */
record TravelNoticeRequest(@NotNull LocalDate departureDate, LocalDate returnDate, @Size(max = 64) String departurePoint,
                           @NotNull @Valid List<LegRequest> legs, @NotBlank @Size(max = 500) String purpose,
                           @NotNull DocumentType documentType, @NotBlank @Size(max = 64) String documentNumber,
                           @Size(max = 500) String addressAbroad, @Size(max = 500) String reason) {

    /**
     * @param country        ISO 3166-1 alpha-3 code of the destination
     * @param pointOfArrival border post or airport of arrival, e.g. {@code BKK}
     * @param carrier        airline, bus or ship operator and number
     */
    record LegRequest(@NotBlank String country, @NotBlank @Size(max = 64) String pointOfArrival, @Size(max = 100) String carrier,
                      LocalDate arrivalDate) {
    }
}

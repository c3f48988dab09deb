package org.opensor.registry.api.travel.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.travel.TravelLeg;
import org.opensor.registry.api.travel.TravelPlan;

/**
 * A trip as declared or amended.
 *
 * @param returnDate     last day of the trip; absent for a one-way trip
 * @param departurePoint the home border post or airport of exit, e.g. {@code PNH}
 * @param legs           the itinerary in order, at least one leg
 * @param reason         why the notice is recorded or changed, kept in the registrant's history
 */
public record TravelNoticeRequest(
        @NotNull LocalDate departureDate,
        LocalDate returnDate,
        @Size(max = 64) String departurePoint,
        @NotNull @Size(max = 20) List<@Valid @NotNull LegRequest> legs,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull DocumentType documentType,
        @NotBlank @Size(max = 64) String documentNumber,
        @Size(max = 500) String addressAbroad,
        @Size(max = 500) String reason) {

    /**
     * @param country        ISO 3166-1 alpha-3 code of the destination
     * @param pointOfArrival border post or airport of arrival, e.g. {@code BKK}
     * @param carrier        airline, bus or ship operator and number
     */
    public record LegRequest(
            @NotBlank String country,
            @NotBlank @Size(max = 64) String pointOfArrival,
            @Size(max = 100) String carrier,
            LocalDate arrivalDate) {}

    /**
     * The plan of a request that passed Bean Validation (the API's controller and the console's travel forms both
     * read it here). Countries are checked here, each named by its position, so all bad legs are reported at once.
     *
     * @throws org.opensor.registry.api.refusal.RuleViolations naming each unknown country
     */
    public TravelPlan toPlan() {
        Violations violations = new Violations();
        List<TravelLeg> plannedLegs = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            LegRequest leg = legs.get(i);
            String field = "legs[" + i + "].country";
            CountryCode country = violations.check(() -> CountryCode.of(leg.country(), field));
            if (country != null) {
                plannedLegs.add(new TravelLeg(
                        country, leg.pointOfArrival().strip(), Texts.blankToNull(leg.carrier()), leg.arrivalDate()));
            }
        }
        violations.throwIfAny();
        return new TravelPlan(
                departureDate,
                returnDate,
                Texts.blankToNull(departurePoint),
                plannedLegs,
                purpose.strip(),
                documentType,
                documentNumber.strip(),
                Texts.blankToNull(addressAbroad));
    }
}

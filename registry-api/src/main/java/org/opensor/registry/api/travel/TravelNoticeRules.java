package org.opensor.registry.api.travel;

import java.time.LocalDate;
import java.time.Period;
import org.opensor.registry.api.refusal.Violations;

/** The rules a travel plan must keep, all checked at once so the officer fixes every field in one go. */
final class TravelNoticeRules {

    private TravelNoticeRules() {}

    /** @throws org.opensor.registry.api.refusal.RuleViolations naming each broken rule */
    static void check(TravelPlan plan, LocalDate today) {
        Violations violations = new Violations();
        if (plan.departureDate() != null && plan.departureDate().isBefore(today)) {
            violations.add(
                    "departureDate",
                    "not-in-past",
                    "departureDate " + plan.departureDate() + " is before today (" + today + ")");
        }
        if (plan.departureDate() != null
                && plan.returnDate() != null
                && plan.returnDate().isBefore(plan.departureDate())) {
            violations.add(
                    "returnDate",
                    "after-departure",
                    "returnDate " + plan.returnDate() + " is before departureDate " + plan.departureDate());
        }
        if (plan.legs().isEmpty()) {
            violations.add("legs", "not-empty", "legs must name at least one destination");
        }
        for (int i = 0; i < plan.legs().size(); i++) {
            TravelLeg leg = plan.legs().get(i);
            if (leg.arrivalDate() != null
                    && plan.departureDate() != null
                    && leg.arrivalDate().isBefore(plan.departureDate())) {
                violations.add(
                        "legs[" + i + "].arrivalDate",
                        "after-departure",
                        "legs[" + i + "].arrivalDate is before departureDate");
            }
            if (leg.arrivalDate() != null
                    && plan.returnDate() != null
                    && leg.arrivalDate().isAfter(plan.returnDate())) {
                violations.add(
                        "legs[" + i + "].arrivalDate",
                        "before-return",
                        "legs[" + i + "].arrivalDate is after returnDate");
            }
        }
        violations.throwIfAny();
    }

    /** Late when the notice was given less than the notice period before departure. */
    static boolean late(LocalDate givenOn, LocalDate departure, Period noticePeriod) {
        return departure.isBefore(givenOn.plus(noticePeriod));
    }
}

package org.opensor.registry.api.conviction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.statute.Offence;

/** The rules a judgment must meet before it becomes a {@link Conviction}; dates are checked against {@code today}. */
public final class ConvictionFacts {

    private ConvictionFacts() {}

    /**
     * @param bornNoLaterThan the earliest day the registrant can have been born, or null: a judgment before it is impossible
     * @throws org.opensor.registry.api.refusal.RuleViolations naming each broken rule
     */
    public static Conviction check(
            String court,
            String caseNumber,
            LocalDate judgmentDate,
            Offence offence,
            boolean victimMinor,
            CountryCode country,
            Integer sentenceMonths,
            LocalDate today,
            LocalDate bornNoLaterThan,
            String actor,
            Instant now) {
        Violations violations = new Violations();
        if (judgmentDate.isAfter(today)) {
            violations.add("judgmentDate", "not-in-future", "judgmentDate " + judgmentDate + " is in the future");
        }
        if (bornNoLaterThan != null && judgmentDate.isBefore(bornNoLaterThan)) {
            violations.add(
                    "judgmentDate",
                    "after-birth",
                    "judgmentDate " + judgmentDate + " is before the registrant was born");
        }
        if (sentenceMonths != null && sentenceMonths < 0) {
            violations.add("sentenceMonths", "not-negative", "sentenceMonths must not be negative");
        }
        boolean foreign = !CountryCode.HOME.equals(country);
        if (!foreign && offence.id() == null) {
            violations.add(
                    "offenceId",
                    "domestic-offence-from-library",
                    "a Cambodian conviction names an offence of the statute library (offenceId); foreign-law entries are for foreign convictions");
        }
        if (offence.id() != null && !offence.jurisdiction().equals(country.code())) {
            violations.add(
                    "offenceId",
                    "offence-of-convicting-state",
                    "offence " + offence.id() + " is " + offence.jurisdiction() + " law, the conviction is from "
                            + country.code());
        }
        violations.throwIfAny();
        return new Conviction(
                UUID.randomUUID(),
                court.strip(),
                caseNumber.strip(),
                judgmentDate,
                offence,
                victimMinor,
                foreign,
                country,
                sentenceMonths,
                actor,
                now);
    }

    /** For callers that name a library offence that does not exist. */
    public static RuleViolation unknownOffence(String id) {
        return new RuleViolation(
                "offenceId",
                "known-offence",
                "offenceId '" + id + "' is not in the statute library (GET /api/v1/statutes)");
    }
}

package org.opensor.registry.api.charge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;

/**
 * A criminal charge before a Cambodian court, not a conviction: the accused, the case, the bail decision and its
 * conditions. A condition {@link BailCondition#PROHIBITED_FROM_LEAVING_CAMBODIA} is a court travel ban, in force until
 * the verdict or a court order ends it. An acquittal seals the charge: it leaves every read but the auditor's.
 *
 * @param subjectId    the person: the registrant's id when linked, else an id shared by the accused's charges
 * @param registrantId the registrant, or null when the accused is not on the register
 */
public record Charge(
        UUID id,
        UUID subjectId,
        UUID registrantId,
        long version,
        Accused accused,
        String court,
        String caseNumber,
        String offence,
        LocalDate chargedOn,
        BailDecision bail,
        List<BailCondition> bailConditions,
        LocalDate travelBanEndedOn,
        String travelBanEndReason,
        ChargeOutcome outcome,
        LocalDate outcomeOn,
        Instant sealedAt,
        String recordedBy,
        Instant recordedAt,
        String updatedBy,
        Instant updatedAt) {

    public Charge {
        bailConditions = List.copyOf(bailConditions);
    }

    /** The court ordered the accused not to leave the country. */
    public boolean travelBanOrdered() {
        return bailConditions.contains(BailCondition.PROHIBITED_FROM_LEAVING_CAMBODIA);
    }

    /** The ban stops the accused at the border today. */
    public boolean travelBanInForce() {
        return travelBanOrdered() && travelBanEndedOn == null && sealedAt == null;
    }

    public boolean sealed() {
        return sealedAt != null;
    }

    /**
     * The verdict (or a dismissal): ends the travel ban on that day; an acquittal seals the charge.
     *
     * @throws RefusedTransition when the charge already has an outcome
     */
    public Charge withOutcome(ChargeOutcome decided, LocalDate on, String actor, Instant now) {
        if (outcome != null) {
            throw new RefusedTransition(
                    "outcome", "outcome-once", outcome.name(), "the charge already ended: " + outcome);
        }
        if (on.isBefore(chargedOn)) {
            throw new RuleViolation(
                    "decidedOn", "not-before-charge", "decidedOn " + on + " is before the charge (" + chargedOn + ")");
        }
        boolean endsBan = travelBanOrdered() && travelBanEndedOn == null;
        return new Charge(
                id,
                subjectId,
                registrantId,
                version + 1,
                accused,
                court,
                caseNumber,
                offence,
                chargedOn,
                bail,
                bailConditions,
                endsBan ? on : travelBanEndedOn,
                endsBan ? "verdict: " + decided : travelBanEndReason,
                decided,
                on,
                decided == ChargeOutcome.ACQUITTED ? now : null,
                recordedBy,
                recordedAt,
                actor,
                now);
    }

    /**
     * A court order lifts the travel ban before the verdict.
     *
     * @throws RefusedTransition when no ban is in force
     */
    public Charge withTravelBanLifted(LocalDate on, String courtOrder, String actor, Instant now) {
        if (!travelBanInForce()) {
            throw new RefusedTransition(
                    "travelBan",
                    "ban-in-force",
                    travelBanOrdered() ? "ENDED" : "NONE",
                    "the charge holds no travel ban in force");
        }
        if (on.isBefore(chargedOn)) {
            throw new RuleViolation(
                    "liftedOn", "not-before-charge", "liftedOn " + on + " is before the charge (" + chargedOn + ")");
        }
        return new Charge(
                id,
                subjectId,
                registrantId,
                version + 1,
                accused,
                court,
                caseNumber,
                offence,
                chargedOn,
                bail,
                bailConditions,
                on,
                "court order: " + courtOrder,
                outcome,
                outcomeOn,
                sealedAt,
                recordedBy,
                recordedAt,
                actor,
                now);
    }
}

package org.opensor.registry.api.registration;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.custody.CustodyEvent;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long registration lasts and how often it is verified, per tier, and what decrees do to it.
 *
 * @param tiers                                 per tier: duration (absent = for life) and verification interval. Defaults:
 *                                              TIER_1 10 years / every 12 months, TIER_2 25 years / every 6 months,
 *                                              TIER_3 for life / every 3 months
 * @param pardonEndsRegistrationForChildOffences whether a royal pardon ends registration when a conviction is a sexual
 *                                              offence against a child (default false: it is recorded and notified, the
 *                                              registration goes on). A sentence reduction never ends registration.
 */
@ConfigurationProperties("registry.registration")
public record RegistrationPolicy(
        Map<RegistrationTier, TierRule> tiers, boolean pardonEndsRegistrationForChildOffences) {

    /**
     * @param duration             how long registration lasts from its start; null for life
     * @param verificationInterval time between two address verifications
     */
    public record TierRule(Period duration, Period verificationInterval) {}

    public static final Map<RegistrationTier, TierRule> DEFAULT_TIERS = Map.of(
            RegistrationTier.TIER_1, new TierRule(Period.ofYears(10), Period.ofMonths(12)),
            RegistrationTier.TIER_2, new TierRule(Period.ofYears(25), Period.ofMonths(6)),
            RegistrationTier.TIER_3, new TierRule(null, Period.ofMonths(3)));

    public RegistrationPolicy {
        Map<RegistrationTier, TierRule> complete = new EnumMap<>(RegistrationTier.class);
        complete.putAll(DEFAULT_TIERS);
        if (tiers != null) {
            complete.putAll(tiers);
        }
        complete.values().forEach(rule -> {
            if (rule.verificationInterval() == null
                    || rule.verificationInterval().isZero()
                    || rule.verificationInterval().isNegative()) {
                throw new IllegalArgumentException("every tier needs a positive verification interval");
            }
        });
        tiers = Map.copyOf(complete);
    }

    /** The policy with its documented defaults. */
    public static RegistrationPolicy defaults() {
        return new RegistrationPolicy(null, false);
    }

    /** Tier when the clerk names none: the strictest for a sexual offence against a child. */
    public RegistrationTier defaultTier(Conviction conviction) {
        return conviction.againstAChild() ? RegistrationTier.TIER_3 : RegistrationTier.TIER_2;
    }

    /**
     * Registration after a conviction: starts on the judgment date, or, when one is running, keeps the stricter tier
     * and the later end.
     */
    public Registration afterConviction(Registration current, Conviction conviction, RegistrationTier requestedTier) {
        RegistrationTier tier = requestedTier != null ? requestedTier : defaultTier(conviction);
        Registration fresh = start(tier, conviction.judgmentDate());
        if (current == null || !current.active()) {
            return fresh;
        }
        RegistrationTier stricter = tier.compareTo(current.tier()) > 0 ? tier : current.tier();
        LocalDate endsOn = current.endsOn() == null || fresh.endsOn() == null
                ? null
                : fresh.endsOn().isAfter(current.endsOn()) ? fresh.endsOn() : current.endsOn();
        String note = stricter != current.tier() || !java.util.Objects.equals(endsOn, current.endsOn())
                ? "Conviction of " + conviction.judgmentDate() + " set tier " + stricter
                        + (endsOn == null ? ", for life" : ", until " + endsOn)
                : current.policyNote();
        return new Registration(
                stricter,
                RegistrationStatus.ACTIVE,
                current.startsOn(),
                endsOn,
                current.nextVerificationDue(),
                current.complianceStatus(),
                note);
    }

    public Registration start(RegistrationTier tier, LocalDate startsOn) {
        TierRule rule = tiers.get(tier);
        LocalDate endsOn =
                rule.duration() == null ? null : startsOn.plus(rule.duration()).minusDays(1);
        return new Registration(
                tier,
                RegistrationStatus.ACTIVE,
                startsOn,
                endsOn,
                startsOn.plus(rule.verificationInterval()),
                ComplianceStatus.PENDING_FIRST_VERIFICATION,
                "Registration " + tier + " from " + startsOn + (endsOn == null ? " for life" : " until " + endsOn));
    }

    /**
     * What a royal pardon or sentence reduction does to the registration. The decision is always recorded in the
     * policy note (and so notified); only a pardon for offences not against a child, or a policy that says so, ends it.
     *
     * @param againstAChild whether any conviction of the registrant is a sexual offence against a child
     */
    public Registration afterDecree(Registration current, CustodyEvent decree, boolean againstAChild) {
        if (current == null || !current.active()) {
            return current;
        }
        String what =
                (decree.type() == CustodyEventType.ROYAL_PARDON ? "Royal pardon" : "Sentence reduction") + " decree "
                        + decree.decree().number() + " of " + decree.decree().date();
        boolean ends = decree.type() == CustodyEventType.ROYAL_PARDON
                && (!againstAChild || pardonEndsRegistrationForChildOffences);
        if (ends) {
            return new Registration(
                    current.tier(),
                    RegistrationStatus.ENDED,
                    current.startsOn(),
                    decree.decree().date(),
                    null,
                    current.complianceStatus(),
                    what + " ended the registration");
        }
        String why = againstAChild
                ? "a conviction is for a sexual offence against a child (registration policy)"
                : "a sentence reduction does not end registration";
        return new Registration(
                current.tier(),
                current.status(),
                current.startsOn(),
                current.endsOn(),
                current.nextVerificationDue(),
                current.complianceStatus(),
                what + " does not end the registration: " + why);
    }

    /** Registration after an address verification: compliance follows the outcome, the next one is scheduled. */
    public Registration afterVerification(Registration current, Verification verification) {
        if (current == null) {
            throw new RefusedTransition(
                    "registration",
                    "registration-required",
                    "NONE",
                    "The registrant has no registration yet (it starts with a conviction): nothing to verify.");
        }
        if (!current.active()) {
            throw new RefusedTransition(
                    "registration",
                    "registration-active",
                    current.status().name(),
                    "The registration has ended: no verification is due.");
        }
        boolean compliant = verification.outcome().compliant();
        LocalDate next = compliant
                ? verification.verifiedOn().plus(tiers.get(current.tier()).verificationInterval())
                : current.nextVerificationDue();
        return new Registration(
                current.tier(),
                current.status(),
                current.startsOn(),
                current.endsOn(),
                next,
                compliant ? ComplianceStatus.COMPLIANT : ComplianceStatus.NON_COMPLIANT,
                "Verification of " + verification.verifiedOn() + ": " + verification.outcome());
    }
}

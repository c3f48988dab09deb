package org.opensor.registry.api.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.custody.CustodyEvent;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.custody.Decree;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.OffenceCategory;

class RegistrationPolicyTest {

    private final RegistrationPolicy policy = RegistrationPolicy.defaults();

    @Test
    void aChildSexualOffenceStartsALifelongTierThreeRegistrationOnTheJudgmentDate() {
        Registration registration =
                policy.afterConviction(null, conviction(OffenceCategory.CHILD_SEXUAL_ABUSE, false, "2025-06-02"), null);

        assertThat(registration.tier()).isEqualTo(RegistrationTier.TIER_3);
        assertThat(registration.startsOn()).isEqualTo(LocalDate.parse("2025-06-02"));
        assertThat(registration.endsOn()).isNull();
        assertThat(registration.nextVerificationDue()).isEqualTo(LocalDate.parse("2025-09-02"));
        assertThat(registration.complianceStatus()).isEqualTo(ComplianceStatus.PENDING_FIRST_VERIFICATION);
    }

    @Test
    void theEndIsComputedFromTheTierPolicy() {
        RegistrationPolicy configured = new RegistrationPolicy(
                Map.of(RegistrationTier.TIER_1, new RegistrationPolicy.TierRule(Period.ofYears(5), Period.ofMonths(1))),
                false);

        Registration registration = configured.afterConviction(
                null,
                conviction(OffenceCategory.TRAFFICKING_FOR_SEXUAL_PURPOSES, false, "2024-02-29"),
                RegistrationTier.TIER_1);

        assertThat(registration.endsOn()).isEqualTo(LocalDate.parse("2029-02-27"));
        assertThat(registration.nextVerificationDue()).isEqualTo(LocalDate.parse("2024-03-29"));
        assertThat(configured.tiers().get(RegistrationTier.TIER_3).duration())
                .as("defaults fill the tiers not configured")
                .isNull();
    }

    @Test
    void aRoyalPardonDoesNotEndRegistrationForAnOffenceAgainstAChildButSaysSo() {
        Conviction abuse = conviction(OffenceCategory.CHILD_SEXUAL_ABUSE, true, "2025-06-02");
        Registration running = policy.afterConviction(null, abuse, null);

        Registration after = policy.afterDecree(running, decree(CustodyEventType.ROYAL_PARDON), true);

        assertThat(after.status()).isEqualTo(RegistrationStatus.ACTIVE);
        assertThat(after.endsOn()).isNull();
        assertThat(after.policyNote())
                .contains("Royal pardon decree NS/RKT/0426/101")
                .contains("does not end")
                .contains("against a child");
    }

    @Test
    void aRoyalPardonEndsRegistrationForOtherOffencesOrWhenThePolicySaysSo() {
        Conviction trafficking = conviction(OffenceCategory.TRAFFICKING_FOR_SEXUAL_PURPOSES, false, "2025-06-02");
        Registration running = policy.afterConviction(null, trafficking, null);

        Registration adultCase = policy.afterDecree(running, decree(CustodyEventType.ROYAL_PARDON), false);
        Registration reduced = policy.afterDecree(running, decree(CustodyEventType.SENTENCE_REDUCTION), false);
        Registration lenient =
                new RegistrationPolicy(null, true).afterDecree(running, decree(CustodyEventType.ROYAL_PARDON), true);

        assertThat(adultCase.status()).isEqualTo(RegistrationStatus.ENDED);
        assertThat(adultCase.endsOn()).isEqualTo(LocalDate.parse("2026-04-10"));
        assertThat(reduced.status()).isEqualTo(RegistrationStatus.ACTIVE);
        assertThat(lenient.status()).isEqualTo(RegistrationStatus.ENDED);
    }

    @Test
    void aSecondConvictionKeepsTheStricterTierAndTheLaterEnd() {
        Registration first = policy.afterConviction(
                null, conviction(OffenceCategory.OTHER_SEXUAL_OFFENCE, false, "2020-01-01"), RegistrationTier.TIER_1);

        Registration second = policy.afterConviction(
                first, conviction(OffenceCategory.OTHER_SEXUAL_OFFENCE, false, "2022-01-01"), RegistrationTier.TIER_2);

        assertThat(second.tier()).isEqualTo(RegistrationTier.TIER_2);
        assertThat(second.startsOn()).isEqualTo(first.startsOn());
        assertThat(second.endsOn()).isEqualTo(LocalDate.parse("2046-12-31"));
    }

    @Test
    void verificationsSetComplianceAndTheNextDate() {
        Registration running =
                policy.afterConviction(null, conviction(OffenceCategory.GROOMING, false, "2025-06-02"), null);

        Registration confirmed =
                policy.afterVerification(running, verification("2025-08-01", VerificationOutcome.CONFIRMED_AT_ADDRESS));
        Registration missing =
                policy.afterVerification(confirmed, verification("2025-11-01", VerificationOutcome.NOT_AT_ADDRESS));

        assertThat(confirmed.complianceStatus()).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(confirmed.nextVerificationDue()).isEqualTo(LocalDate.parse("2025-11-01"));
        assertThat(missing.complianceStatus()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(missing.nextVerificationDue()).isEqualTo(confirmed.nextVerificationDue());
        assertThat(missing.verificationOverdue(LocalDate.parse("2025-11-02"))).isTrue();
        assertThatThrownBy(() -> policy.afterVerification(
                        null, verification("2025-08-01", VerificationOutcome.CONFIRMED_AT_ADDRESS)))
                .isInstanceOf(RefusedTransition.class);
    }

    private static Conviction conviction(OffenceCategory category, boolean victimMinor, String judged) {
        return new Conviction(
                UUID.randomUUID(),
                "Phnom Penh Municipal Court",
                "1/2025",
                LocalDate.parse(judged),
                new Offence("KHM-2008-43", "KHM", "Law 2008", "43", "title", category),
                victimMinor,
                false,
                CountryCode.HOME,
                36,
                "clerk",
                Instant.now());
    }

    private static CustodyEvent decree(CustodyEventType type) {
        return new CustodyEvent(
                UUID.randomUUID(),
                type,
                LocalDate.parse("2026-04-10"),
                "Royal decree",
                new Decree("NS/RKT/0426/101", LocalDate.parse("2026-04-10")),
                12,
                false,
                null,
                null,
                CustodyStatus.IN_CUSTODY,
                "clerk",
                Instant.now(),
                null);
    }

    private static Verification verification(String on, VerificationOutcome outcome) {
        return new Verification(UUID.randomUUID(), LocalDate.parse(on), outcome, null, "police", Instant.now());
    }
}

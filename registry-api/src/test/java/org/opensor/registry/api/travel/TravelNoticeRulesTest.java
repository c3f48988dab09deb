package org.opensor.registry.api.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.registrant.DocumentType;

class TravelNoticeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Period NOTICE = Period.ofDays(21);

    @Test
    void aNoticeIsLateWhenGivenLessThanTheNoticePeriodBeforeDeparture() {
        assertThat(TravelNoticeRules.late(TODAY, TODAY.plusDays(21), NOTICE)).isFalse();
        assertThat(TravelNoticeRules.late(TODAY, TODAY.plusDays(20), NOTICE)).isTrue();
        assertThat(TravelNoticeRules.late(TODAY, TODAY, NOTICE)).isTrue();
    }

    @Test
    void aTripLeavingTodayAndComingBackTheSameDayIsAccepted() {
        TravelNoticeRules.check(plan(TODAY, TODAY, List.of(leg())), TODAY);
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertThatThrownBy(
                        () -> TravelNoticeRules.check(plan(TODAY.minusDays(1), TODAY.minusDays(3), List.of()), TODAY))
                .isInstanceOfSatisfying(
                        RuleViolations.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolation::field)
                                .containsExactly("departureDate", "returnDate", "legs"));
    }

    @Test
    void aCancelledNoticeCanNeitherBeAmendedNorCancelledAgain() {
        TravelNotice cancelled = TravelNotice.declare(
                        java.util.UUID.randomUUID(),
                        plan(TODAY, null, List.of(leg())),
                        false,
                        "police",
                        java.time.Instant.parse("2026-03-01T08:00:00Z"))
                .cancel("called off", "police", java.time.Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(cancelled.version()).isEqualTo(2);
        assertThatThrownBy(() -> cancelled.cancel("again", "police", java.time.Instant.now()))
                .isInstanceOf(org.opensor.registry.api.refusal.RefusedTransition.class);
        assertThatThrownBy(() -> cancelled.amend(cancelled.plan(), false, "police", java.time.Instant.now()))
                .isInstanceOf(org.opensor.registry.api.refusal.RefusedTransition.class);
    }

    private static TravelLeg leg() {
        return new TravelLeg(new CountryCode("THA"), "BKK", null, null);
    }

    private static TravelPlan plan(LocalDate departure, LocalDate returning, List<TravelLeg> legs) {
        return new TravelPlan(
                departure, returning, "PNH", legs, "Visit relatives", DocumentType.PASSPORT, "N1234567", null);
    }
}

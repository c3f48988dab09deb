package org.opensor.registry.api.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.refusal.RuleViolations;

class CustodyTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aPersonIsAdmittedPardonedWithAReducedSentenceAndReleasedOnBail() {
        CustodyTimeline timeline = CustodyTimeline.empty();

        timeline = add(timeline, event(CustodyEventType.ADMITTED, "2025-06-03"), true);
        timeline = add(timeline, decree(CustodyEventType.ROYAL_PARDON, "2026-04-10", false), true);
        assertThat(timeline.status()).isEqualTo(CustodyStatus.IN_CUSTODY);
        timeline = add(timeline, event(CustodyEventType.RELEASED_ON_BAIL, "2026-05-01"), true);

        assertThat(timeline.status()).isEqualTo(CustodyStatus.ON_BAIL);
        assertThat(timeline.events())
                .extracting(CustodyEvent::statusAfter)
                .containsExactly(CustodyStatus.IN_CUSTODY, CustodyStatus.IN_CUSTODY, CustodyStatus.ON_BAIL);
        assertThat(timeline.events().get(1).decree())
                .isEqualTo(new Decree("NS/RKT/0426/101", LocalDate.parse("2026-04-10")));
        assertThat(timeline.events()).allSatisfy(e -> assertThat(e.enteredBy()).isEqualTo("clerk"));
    }

    @Test
    void nobodyIsReleasedWhoIsNotInCustody() {
        for (CustodyEventType release : new CustodyEventType[] {
            CustodyEventType.RELEASED,
            CustodyEventType.RELEASED_ON_BAIL,
            CustodyEventType.PAROLED,
            CustodyEventType.TRANSFERRED
        }) {
            assertThatThrownBy(() ->
                            CustodyTimeline.empty().accept(event(release, "2026-01-01"), true, TODAY, "clerk", NOW))
                    .isInstanceOf(IllegalCustodyTransition.class)
                    .hasMessageContaining("NOT_IN_CUSTODY")
                    .satisfies(e ->
                            assertThat(((IllegalCustodyTransition) e).rule()).isEqualTo("requires-custody"));
        }
    }

    @Test
    void afterDeathOnlyACorrectionIsAccepted() {
        CustodyTimeline timeline = add(CustodyTimeline.empty(), event(CustodyEventType.ADMITTED, "2025-01-01"), true);
        timeline = add(timeline, event(CustodyEventType.DECEASED, "2025-02-01"), true);
        CustodyTimeline dead = timeline;

        assertThatThrownBy(() -> dead.accept(event(CustodyEventType.ADMITTED, "2025-03-01"), true, TODAY, "clerk", NOW))
                .isInstanceOf(IllegalCustodyTransition.class)
                .satisfies(
                        e -> assertThat(((IllegalCustodyTransition) e).rule()).isEqualTo("nothing-after-death"));
        UUID wrongEntry = dead.events().getLast().id();
        CustodyEvent correction = dead.accept(
                new NewCustodyEvent(
                        CustodyEventType.CORRECTION,
                        LocalDate.parse("2025-03-01"),
                        "Prison letter 77/2025",
                        null,
                        null,
                        null,
                        false,
                        null,
                        wrongEntry,
                        CustodyStatus.IN_CUSTODY,
                        "Death entered for the wrong prisoner"),
                true,
                TODAY,
                "clerk",
                NOW);

        assertThat(correction.statusAfter()).isEqualTo(CustodyStatus.IN_CUSTODY);
        assertThat(dead.with(correction).events()).hasSize(3);
    }

    @Test
    void aCorrectionNamesAKnownEntryTheRightStatusAndAReason() {
        assertThatThrownBy(() -> CustodyTimeline.empty()
                        .accept(
                                new NewCustodyEvent(
                                        CustodyEventType.CORRECTION,
                                        TODAY,
                                        "doc",
                                        null,
                                        null,
                                        null,
                                        false,
                                        null,
                                        UUID.randomUUID(),
                                        null,
                                        " "),
                                true,
                                TODAY,
                                "clerk",
                                NOW))
                .isInstanceOfSatisfying(
                        RuleViolations.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.rule())
                                .containsExactlyInAnyOrder(
                                        "correctsEventId:known-entry",
                                        "correctedStatus:required-for-correction",
                                        "reason:required-for-correction"));
    }

    @Test
    void aDecreeNeedsANumberADateAndAConviction() {
        assertThatThrownBy(() -> CustodyTimeline.empty()
                        .accept(
                                new NewCustodyEvent(
                                        CustodyEventType.ROYAL_PARDON,
                                        TODAY,
                                        "doc",
                                        null,
                                        null,
                                        null,
                                        false,
                                        null,
                                        null,
                                        null,
                                        null),
                                true,
                                TODAY,
                                "clerk",
                                NOW))
                .isInstanceOfSatisfying(
                        RuleViolations.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactlyInAnyOrder("decreeNumber", "decreeDate"));
        assertThatThrownBy(() -> CustodyTimeline.empty()
                        .accept(
                                decree(CustodyEventType.SENTENCE_REDUCTION, "2026-01-01", false),
                                false,
                                TODAY,
                                "clerk",
                                NOW))
                .isInstanceOfSatisfying(
                        IllegalCustodyTransition.class,
                        e -> assertThat(e.rule()).isEqualTo("decree-requires-conviction"));
    }

    @Test
    void aPardonThatFreesReleasesFromCustodyAndOnlyFromCustody() {
        CustodyTimeline held = add(CustodyTimeline.empty(), event(CustodyEventType.ADMITTED, "2025-01-01"), true);

        assertThat(held.accept(decree(CustodyEventType.ROYAL_PARDON, "2026-01-01", true), true, TODAY, "clerk", NOW)
                        .statusAfter())
                .isEqualTo(CustodyStatus.NOT_IN_CUSTODY);
        assertThatThrownBy(() -> CustodyTimeline.empty()
                        .accept(decree(CustodyEventType.ROYAL_PARDON, "2026-01-01", true), true, TODAY, "clerk", NOW))
                .isInstanceOf(IllegalCustodyTransition.class);
    }

    @Test
    void deportationNeedsAnOrderAndSomeoneToDeport() {
        CustodyTimeline held = add(CustodyTimeline.empty(), event(CustodyEventType.ADMITTED, "2025-01-01"), true);

        assertThatThrownBy(() -> held.accept(event(CustodyEventType.DEPORTED, "2025-02-01"), true, TODAY, "clerk", NOW))
                .isInstanceOfSatisfying(
                        IllegalCustodyTransition.class,
                        e -> assertThat(e.rule()).isEqualTo("deport-requires-order"));
        CustodyTimeline ordered = add(held, event(CustodyEventType.DEPORTATION_ORDERED, "2025-02-01"), true);
        assertThat(ordered.deportationOrdered()).isTrue();
        CustodyTimeline deported = add(ordered, event(CustodyEventType.DEPORTED, "2025-03-01"), true);
        assertThat(deported.status()).isEqualTo(CustodyStatus.DEPORTED);
        assertThat(deported.deportationOrdered()).isFalse();
    }

    @Test
    void escapeIsFromCustodyOrSupervisionAndAdmissionIsNotTwice() {
        CustodyTimeline held = add(CustodyTimeline.empty(), event(CustodyEventType.ADMITTED, "2025-01-01"), true);

        assertThat(held.accept(event(CustodyEventType.ESCAPED_OR_ABSCONDED, "2025-02-01"), true, TODAY, "clerk", NOW)
                        .statusAfter())
                .isEqualTo(CustodyStatus.ABSCONDED);
        assertThatThrownBy(() -> CustodyTimeline.empty()
                        .accept(event(CustodyEventType.ESCAPED_OR_ABSCONDED, "2025-02-01"), true, TODAY, "clerk", NOW))
                .isInstanceOf(IllegalCustodyTransition.class);
        assertThatThrownBy(() -> held.accept(event(CustodyEventType.ADMITTED, "2025-02-01"), true, TODAY, "clerk", NOW))
                .isInstanceOfSatisfying(
                        IllegalCustodyTransition.class,
                        e -> assertThat(e.rule()).isEqualTo("already-in-custody"));
    }

    @Test
    void datesAreNotInTheFutureAndNotBeforeTheLatestEntry() {
        CustodyTimeline held = add(CustodyTimeline.empty(), event(CustodyEventType.ADMITTED, "2025-06-01"), true);

        assertThatThrownBy(() -> held.accept(event(CustodyEventType.RELEASED, "2026-11-29"), true, TODAY, "clerk", NOW))
                .isInstanceOfSatisfying(
                        RuleViolations.class,
                        e -> assertThat(e.violations().getFirst().rule()).isEqualTo("not-in-future"));
        assertThatThrownBy(() -> held.accept(event(CustodyEventType.RELEASED, "2025-05-01"), true, TODAY, "clerk", NOW))
                .isInstanceOfSatisfying(
                        IllegalCustodyTransition.class,
                        e -> assertThat(e.rule()).isEqualTo("chronological-order"));
    }

    private static CustodyTimeline add(CustodyTimeline timeline, NewCustodyEvent entry, boolean hasConviction) {
        return timeline.with(timeline.accept(entry, hasConviction, TODAY, "clerk", NOW));
    }

    private static NewCustodyEvent event(CustodyEventType type, String date) {
        return new NewCustodyEvent(
                type,
                LocalDate.parse(date),
                "Court order " + type,
                null,
                null,
                null,
                false,
                "Prey Sar",
                null,
                null,
                null);
    }

    private static NewCustodyEvent decree(CustodyEventType type, String date, boolean frees) {
        return new NewCustodyEvent(
                type,
                LocalDate.parse(date),
                "Royal decree",
                "NS/RKT/0426/101",
                LocalDate.parse(date),
                12,
                frees,
                null,
                null,
                null,
                null);
    }
}

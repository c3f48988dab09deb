package org.opensor.registry.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.notification.rules.TestTriggers.aCambodianLivingInChamkarMon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.DeportationOverdueV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.notification.adminapi.AlertType;
import org.opensor.registry.notification.rules.Trigger.ReleaseGuard;
import org.opensor.registry.notification.rules.Trigger.TravelBanHit;

/** The rows of issue 26: a court travel ban stops the traveller; an open foreign request guards a release; deportation. */
class BanAndGuardRulesTest {

    private final NotificationRules rules = new NotificationRules("KHM");
    private final UUID event = UUID.randomUUID();
    private final UUID accused = UUID.randomUUID();

    @Nested
    class CourtTravelBanRule {

        @Test
        void anAccusedWhoIsNoRegistrantIsStoppedAtTheBorderPostAndTheNationalPoliceAreTold() {
            List<AlertDraft> drafts =
                    rules.evaluate(new TravelBanHit(event, aBanHit("REP"), RegistrantFacts.unknown(accused)));

            assertThat(drafts).singleElement().satisfies(alert -> {
                assertThat(alert.rule()).isEqualTo("court-travel-ban");
                assertThat(alert.type()).isEqualTo(AlertType.COURT_TRAVEL_BAN);
                assertThat(alert.severity()).isEqualTo(Severity.URGENT);
                assertThat(alert.reason()).isEqualTo("STOP: court travel ban at REP (KHM)");
                assertThat(alert.recipients())
                        .map(Recipient::toString)
                        .containsExactly("border-post:KHM:REP", "liaison:KHM");
                assertThat(alert.rationale())
                        .contains("Siem Reap Provincial Court")
                        .contains("412/2026")
                        .contains("Stop the traveller");
            });
        }

        @Test
        void aRegistrantUnderABanIsAlsoReportedToTheirDistrictPolice() {
            AlertDraft alert = rules.evaluate(new TravelBanHit(event, aBanHit("PNH"), aCambodianLivingInChamkarMon()))
                    .getFirst();

            assertThat(alert.recipients())
                    .map(Recipient::toString)
                    .containsExactly("border-post:KHM:PNH", "district-police:KHM:Chamkar Mon");
        }

        @Test
        void otherTriggersDoNotFireIt() {
            assertThat(rules.evaluate(new Trigger.CustodyChanged(
                            event,
                            CustodyStatusV1.IN_CUSTODY,
                            aCambodianLivingInChamkarMon().withCustodyStatus(CustodyStatusV1.ON_BAIL))))
                    .noneMatch(alert -> alert.type() == AlertType.COURT_TRAVEL_BAN);
        }
    }

    @Nested
    class WantedElsewhereReleaseRule {

        @Test
        void tellsPoliceAndProsecutorWhoWantsThePersonAndWhenTheReleaseTakesEffect() {
            List<AlertDraft> drafts =
                    rules.evaluate(new ReleaseGuard(event, aGuard("RELEASE"), aCambodianLivingInChamkarMon()));

            assertThat(drafts).singleElement().satisfies(alert -> {
                assertThat(alert.rule()).isEqualTo("wanted-elsewhere-release");
                assertThat(alert.type()).isEqualTo(AlertType.WANTED_ELSEWHERE_RELEASE);
                assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(alert.reason()).isEqualTo("Wanted by THA; release scheduled on 2026-12-24");
                assertThat(alert.recipients())
                        .map(Recipient::toString)
                        .containsExactly(
                                "district-police:KHM:Chamkar Mon",
                                "prosecutor:KHM:General Prosecutor attached to the Court of Appeal");
                assertThat(alert.rationale())
                        .contains("OAG 55/2026")
                        .contains("INTERPOL A-1234/5-2026")
                        .contains("2026-12-24");
            });
        }

        @Test
        void aBailOfAnAccusedWithNoKnownResidenceGoesToTheNationalPolice() {
            AlertDraft alert = rules.evaluate(new ReleaseGuard(event, aGuard("BAIL"), RegistrantFacts.unknown(accused)))
                    .getFirst();

            assertThat(alert.reason()).contains("bail scheduled");
            assertThat(alert.recipients()).map(Recipient::toString).startsWith("liaison:KHM");
        }

        @Test
        void aProsecutorRecipientSurvivesItsWrittenForm() {
            Recipient prosecutor = Recipient.prosecutor("KHM", "General Prosecutor attached to the Court of Appeal");

            assertThat(Recipient.parse(prosecutor.toString())).isEqualTo(prosecutor);
        }
    }

    @Nested
    class DeportationOrderedRule {

        @Test
        void tellsTheStateOfNationalityWithTheRationaleAndTheBorderPostOfTheItinerary() {
            DeportationOrderedV1 order = new DeportationOrderedV1(
                    UUID.randomUUID(),
                    accused,
                    List.of("GBR", "KHM"),
                    "Order 12/2026, Ministry of Interior",
                    LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 20),
                    "sentence served; foreign national convicted of a child sexual offence",
                    new DeportationOrderedV1.Itinerary(LocalDate.of(2026, 12, 15), "PNH", "TG 585", "GBR"),
                    Instant.parse("2026-12-01T08:00:00Z"));

            AlertDraft alert = rules.evaluate(
                            new Trigger.DeportationOrdered(event, order, RegistrantFacts.unknown(accused)))
                    .getFirst();

            assertThat(alert.rule()).isEqualTo("deportation-ordered");
            assertThat(alert.severity()).isEqualTo(Severity.ROUTINE);
            assertThat(alert.recipients())
                    .map(Recipient::toString)
                    .containsExactly("liaison:GBR", "border-post:KHM:PNH");
            assertThat(alert.rationale())
                    .contains("sentence served")
                    .contains("2026-12-15")
                    .contains("TG 585");
        }

        @Test
        void aKhmerCitizenWithNoItineraryHasNobodyAbroadToTell() {
            DeportationOrderedV1 order = new DeportationOrderedV1(
                    UUID.randomUUID(),
                    accused,
                    List.of("KHM"),
                    "Order 13/2026",
                    LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 20),
                    "x",
                    null,
                    Instant.parse("2026-12-01T08:00:00Z"));

            assertThat(rules.evaluate(new Trigger.DeportationOrdered(event, order, RegistrantFacts.unknown(accused))))
                    .isEmpty();
        }
    }

    @Nested
    class DeportationOverdueRule {

        @Test
        void isUrgentForTheDistrictPoliceAndThePlannedBorderPost() {
            DeportationOverdueV1 overdue = new DeportationOverdueV1(
                    UUID.randomUUID(),
                    accused,
                    "Order 12/2026",
                    LocalDate.of(2026, 12, 20),
                    "PNH",
                    Instant.parse("2026-12-21T08:00:00Z"));

            AlertDraft alert = rules.evaluate(
                            new Trigger.DeportationOverdue(event, overdue, aCambodianLivingInChamkarMon()))
                    .getFirst();

            assertThat(alert.rule()).isEqualTo("deportation-overdue");
            assertThat(alert.severity()).isEqualTo(Severity.URGENT);
            assertThat(alert.reason()).isEqualTo("Deportation overdue: no exit seen by 2026-12-20");
            assertThat(alert.recipients())
                    .map(Recipient::toString)
                    .containsExactly("district-police:KHM:Chamkar Mon", "border-post:KHM:PNH");
        }
    }

    private TravelBanHitV1 aBanHit(String post) {
        return new TravelBanHitV1(
                UUID.randomUUID(),
                accused,
                null,
                UUID.randomUUID(),
                "Siem Reap Provincial Court",
                "412/2026",
                post,
                "KHM",
                "DEPARTURE",
                "STRONG",
                Instant.parse("2026-12-01T08:00:00Z"));
    }

    private ReleaseGuardRaisedV1 aGuard(String release) {
        return new ReleaseGuardRaisedV1(
                UUID.randomUUID(),
                accused,
                null,
                release,
                LocalDate.of(2026, 12, 24),
                List.of(new ReleaseGuardRaisedV1.Request(
                        UUID.randomUUID(), "THA", "sexual intercourse with a child", "OAG 55/2026", "A-1234/5-2026")),
                "General Prosecutor attached to the Court of Appeal",
                "clerk",
                Instant.parse("2026-12-01T08:00:00Z"));
    }
}

package org.opensor.registry.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.events.registrant.CustodyStatusV1.ABSCONDED;
import static org.opensor.registry.events.registrant.CustodyStatusV1.DEPORTED;
import static org.opensor.registry.events.registrant.CustodyStatusV1.IN_CUSTODY;
import static org.opensor.registry.events.registrant.CustodyStatusV1.NOT_IN_CUSTODY;
import static org.opensor.registry.events.registrant.CustodyStatusV1.ON_BAIL;
import static org.opensor.registry.events.registrant.CustodyStatusV1.ON_PAROLE;
import static org.opensor.registry.notification.rules.TestTriggers.aCambodianLivingInChamkarMon;
import static org.opensor.registry.notification.rules.TestTriggers.aDecree;
import static org.opensor.registry.notification.rules.TestTriggers.aHit;
import static org.opensor.registry.notification.rules.TestTriggers.aNotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.alert.AlertPhraseCodes;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.DeportationOverdueV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.notification.adminapi.AlertType;
import org.opensor.registry.notification.rules.Trigger.BorderCrossing;
import org.opensor.registry.notification.rules.Trigger.CustodyChanged;
import org.opensor.registry.notification.rules.Trigger.DecreeApplied;
import org.opensor.registry.notification.rules.Trigger.TravelDeclared;

/** One nested class per row of the rule table: the row fires when it should, and only then. */
class NotificationRulesTest {

    private final NotificationRules rules = new NotificationRules("KHM");
    private final UUID event = UUID.randomUUID();
    private final Instant crossing = Instant.parse("2026-03-01T05:00:00Z");

    @Test
    void everyRowHasAnIdAndSaysInWordsWhenItFiresAndWhoIsTold() {
        assertThat(rules.table())
                .extracting(NotificationRules.Rule::id)
                .doesNotHaveDuplicates()
                .containsExactly(
                        "travel-declared",
                        "undeclared-travel",
                        "travel-while-restrained",
                        "custody-release",
                        "foreign-national-release",
                        "decree-release-police",
                        "decree-release-border",
                        "court-travel-ban",
                        "wanted-elsewhere-release",
                        "deportation-ordered",
                        "deportation-overdue");
        assertThat(rules.table()).allSatisfy(rule -> {
            assertThat(rule.whenInWords()).isNotBlank();
            assertThat(rule.recipientsInWords()).isNotBlank();
        });
    }

    /**
     * Issue 25: the console words an alert from its codes in Khmer. Every row words its reason and rationale with a
     * code the contract lists, and the particulars carry the same facts as the English (a date, a post, a country).
     */
    @Test
    void everyRowWordsItsReasonAndRationaleByCodesTheContractLists() {
        RegistrantFacts absconded =
                aCambodianLivingInChamkarMon().withNationalities(List.of("FRA")).withCustodyStatus(ABSCONDED);
        List<Trigger> triggers = List.of(
                new TravelDeclared(
                        event,
                        aNotice().to("THA", "BKK").late().build(),
                        aCambodianLivingInChamkarMon().withCustodyStatus(ON_PAROLE)),
                new BorderCrossing(event, aHit("PNH", "KHM", crossing), absconded, false),
                new CustodyChanged(
                        event,
                        IN_CUSTODY,
                        aCambodianLivingInChamkarMon()
                                .withNationalities(List.of("FRA"))
                                .withCustodyStatus(DEPORTED)),
                new CustodyChanged(
                        event,
                        IN_CUSTODY,
                        aCambodianLivingInChamkarMon()
                                .withNationalities(List.of("FRA"))
                                .withCustodyStatus(NOT_IN_CUSTODY)),
                new DecreeApplied(
                        event,
                        aDecree()
                                .childSexOffence()
                                .deportationDecisionNeeded()
                                .wantedElsewhere()
                                .build(),
                        absconded),
                new DecreeApplied(event, aDecree().reducedBy(12).build(), aCambodianLivingInChamkarMon()),
                new Trigger.TravelBanHit(
                        event,
                        new TravelBanHitV1(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                null,
                                UUID.randomUUID(),
                                "Phnom Penh Court of First Instance",
                                "CR-2026-0042",
                                "PNH",
                                "KHM",
                                "DEPARTURE",
                                "STRONG",
                                crossing),
                        aCambodianLivingInChamkarMon()),
                new Trigger.ReleaseGuard(
                        event,
                        new ReleaseGuardRaisedV1(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                null,
                                "PARDON",
                                LocalDate.of(2026, 4, 14),
                                List.of(new ReleaseGuardRaisedV1.Request(
                                        UUID.randomUUID(), "AUS", "child abuse material", "AFP-2026-11", null)),
                                "Phnom Penh prosecution office",
                                "clerk",
                                crossing),
                        aCambodianLivingInChamkarMon()),
                new Trigger.DeportationOrdered(
                        event,
                        new DeportationOrderedV1(
                                UUID.randomUUID(),
                                TestTriggers.REGISTRANT,
                                List.of("FRA"),
                                "DO-2026-7",
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 3, 31),
                                "sentence served",
                                new DeportationOrderedV1.Itinerary(LocalDate.of(2026, 3, 20), "PNH", null, "FRA"),
                                crossing),
                        aCambodianLivingInChamkarMon()),
                new Trigger.DeportationOverdue(
                        event,
                        new DeportationOverdueV1(
                                UUID.randomUUID(),
                                TestTriggers.REGISTRANT,
                                "DO-2026-7",
                                LocalDate.of(2026, 3, 31),
                                "PNH",
                                crossing),
                        aCambodianLivingInChamkarMon()));

        List<AlertDraft> drafts =
                triggers.stream().flatMap(t -> rules.evaluate(t).stream()).toList();

        assertThat(drafts)
                .extracting(AlertDraft::rule)
                .containsAll(
                        rules.table().stream().map(NotificationRules.Rule::id).toList());
        assertThat(drafts).allSatisfy(alert -> {
            assertThat(alert.wording()).as(alert.rule()).isNotNull();
            assertThat(AlertPhraseCodes.REASONS)
                    .contains(alert.wording().reason().code());
            assertThat(alert.wording().rationale())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(AlertPhraseCodes.RATIONALES).contains(p.code()));
        });
        assertThat(drafts).extracting(a -> a.wording().reason().code()).containsAll(AlertPhraseCodes.REASONS);
        assertThat(drafts)
                .flatExtracting(a -> a.wording().rationale())
                .extracting(AlertIssuedV1.Phrase::code)
                .containsAll(AlertPhraseCodes.RATIONALES.stream()
                        .filter(code -> !code.equals("travel-no-return") && !code.equals("deportation-no-itinerary"))
                        .toList());
        AlertDraft undeclared = drafts.stream()
                .filter(a -> a.rule().equals("undeclared-travel"))
                .findFirst()
                .orElseThrow();
        assertThat(undeclared.wording().reason().parameters())
                .containsEntry("borderPost", "PNH")
                .containsEntry("country", "KHM")
                .containsEntry("direction", "DEPARTURE");
    }

    @Nested
    class TravelDeclaredRule {

        @Test
        void tellsTheBorderPostsOnTheItineraryAndEachForeignDestinationsLiaisonWithARiskRationale() {
            List<AlertDraft> drafts = rules.evaluate(new TravelDeclared(
                    event, aNotice().to("THA", "BKK").to("VNM", "SGN").build(), aCambodianLivingInChamkarMon()));

            assertThat(drafts).singleElement().satisfies(alert -> {
                assertThat(alert.rule()).isEqualTo("travel-declared");
                assertThat(alert.type()).isEqualTo(AlertType.TRAVEL_NOTICE);
                assertThat(alert.severity()).isEqualTo(Severity.ROUTINE);
                assertThat(alert.sourceEventId()).isEqualTo(event);
                assertThat(alert.recipients())
                        .map(Recipient::toString)
                        .containsExactly(
                                "border-post:KHM:PNH",
                                "border-post:THA:BKK",
                                "border-post:VNM:SGN",
                                "liaison:THA",
                                "liaison:VNM");
                assertThat(alert.rationale())
                        .contains("sex-offender register")
                        .contains("THA via BKK")
                        .contains("VNM via SGN")
                        .contains("2026-03-01")
                        .contains("tourism");
            });
        }

        @Test
        void aLateNoticeIsUrgentAndSaysSo() {
            AlertDraft alert = rules.evaluate(
                            new TravelDeclared(event, aNotice().late().build(), aCambodianLivingInChamkarMon()))
                    .getFirst();

            assertThat(alert.severity()).isEqualTo(Severity.URGENT);
            assertThat(alert.reason()).contains("late");
            assertThat(alert.rationale()).contains("late");
        }

        @Test
        void aTripWithinTheHomeCountryHasNoLiaison() {
            AlertDraft alert = rules.evaluate(new TravelDeclared(
                            event,
                            aNotice()
                                    .withoutDeparturePoint()
                                    .to("KHM", "KOH KONG")
                                    .build(),
                            aCambodianLivingInChamkarMon()))
                    .getFirst();

            assertThat(alert.recipients()).map(Recipient::toString).containsExactly("border-post:KHM:KOH KONG");
        }
    }

    @Nested
    class UndeclaredTravelRule {

        @Test
        void aHitWithoutANoticeIsUrgentToTheBorderPostTheDistrictPoliceAndTheForeignLiaison() {
            List<AlertDraft> drafts = rules.evaluate(
                    new BorderCrossing(event, aHit("BKK", "THA", crossing), aCambodianLivingInChamkarMon(), false));

            assertThat(drafts).singleElement().satisfies(alert -> {
                assertThat(alert.type()).isEqualTo(AlertType.UNDECLARED_TRAVEL);
                assertThat(alert.severity()).isEqualTo(Severity.URGENT);
                assertThat(alert.recipients())
                        .map(Recipient::toString)
                        .containsExactly("border-post:THA:BKK", "district-police:KHM:Chamkar Mon", "liaison:THA");
                assertThat(alert.rationale()).contains("no declared travel notice");
            });
        }

        @Test
        void aHitCoveredByADeclaredNoticeIssuesNothing() {
            assertThat(rules.evaluate(new BorderCrossing(
                            event, aHit("PNH", "KHM", crossing), aCambodianLivingInChamkarMon(), true)))
                    .isEmpty();
        }
    }

    @Nested
    class TravelWhileRestrainedRule {

        @Test
        void aHitOnSomeoneInCustodyOnBailEscapedOrAbscondedIsCritical() {
            for (CustodyStatusV1 status : List.of(IN_CUSTODY, ON_BAIL, ABSCONDED)) {
                List<AlertDraft> drafts = rules.evaluate(new BorderCrossing(
                        event,
                        aHit("PNH", "KHM", crossing),
                        aCambodianLivingInChamkarMon().withCustodyStatus(status),
                        true));

                assertThat(drafts).as(status.name()).singleElement().satisfies(alert -> {
                    assertThat(alert.type()).isEqualTo(AlertType.TRAVEL_WHILE_RESTRAINED);
                    assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(alert.recipients())
                            .map(Recipient::toString)
                            .containsExactly("border-post:KHM:PNH", "district-police:KHM:Chamkar Mon");
                    assertThat(alert.reason()).contains(status.name());
                });
            }
        }

        @Test
        void anUndeclaredHitOnAnAbscondedPersonIssuesBothAlerts() {
            List<AlertDraft> drafts = rules.evaluate(new BorderCrossing(
                    event,
                    aHit("PNH", "KHM", crossing),
                    aCambodianLivingInChamkarMon().withCustodyStatus(ABSCONDED),
                    false));

            assertThat(drafts)
                    .extracting(AlertDraft::type)
                    .containsExactly(AlertType.UNDECLARED_TRAVEL, AlertType.TRAVEL_WHILE_RESTRAINED);
        }

        @Test
        void aHitOnSomeoneFreeOrOnParoleWithANoticeIssuesNothing() {
            for (CustodyStatusV1 status : List.of(NOT_IN_CUSTODY, ON_PAROLE)) {
                assertThat(rules.evaluate(new BorderCrossing(
                                event,
                                aHit("PNH", "KHM", crossing),
                                aCambodianLivingInChamkarMon().withCustodyStatus(status),
                                true)))
                        .as(status.name())
                        .isEmpty();
            }
        }
    }

    @Nested
    class CustodyReleaseRule {

        @Test
        void releaseBailParoleAndDeportationTellThePoliceOfTheDistrictOfResidence() {
            for (CustodyStatusV1 status : List.of(NOT_IN_CUSTODY, ON_BAIL, ON_PAROLE, DEPORTED)) {
                List<AlertDraft> drafts = rules.evaluate(new CustodyChanged(
                        event, IN_CUSTODY, aCambodianLivingInChamkarMon().withCustodyStatus(status)));

                assertThat(drafts).as(status.name()).singleElement().satisfies(alert -> {
                    assertThat(alert.type()).isEqualTo(AlertType.CUSTODY_RELEASE);
                    assertThat(alert.severity()).isEqualTo(Severity.ROUTINE);
                    assertThat(alert.recipients())
                            .map(Recipient::toString)
                            .containsExactly("district-police:KHM:Chamkar Mon");
                    assertThat(alert.reason()).contains(status.name()).contains("was IN_CUSTODY");
                });
            }
        }

        @Test
        void withoutAKnownResidenceTheNationalPoliceAreTold() {
            AlertDraft alert = rules.evaluate(new CustodyChanged(
                            event,
                            IN_CUSTODY,
                            aCambodianLivingInChamkarMon()
                                    .withResidence(null, null)
                                    .withCustodyStatus(NOT_IN_CUSTODY)))
                    .getFirst();

            assertThat(alert.recipients()).map(Recipient::toString).containsExactly("liaison:KHM");
        }

        @Test
        void admissionOrAnUnchangedStatusIssuesNothing() {
            assertThat(rules.evaluate(new CustodyChanged(
                            event,
                            NOT_IN_CUSTODY,
                            aCambodianLivingInChamkarMon().withCustodyStatus(IN_CUSTODY))))
                    .isEmpty();
            assertThat(rules.evaluate(new CustodyChanged(
                            event, ON_BAIL, aCambodianLivingInChamkarMon().withCustodyStatus(ON_BAIL))))
                    .isEmpty();
        }
    }

    @Nested
    class ForeignNationalReleaseRule {

        @Test
        void aForeignNationalReleasedOrDeportedIsReportedToEachCountryOfNationality() {
            for (CustodyStatusV1 status : List.of(NOT_IN_CUSTODY, DEPORTED)) {
                RegistrantFacts frenchAndBritish = aCambodianLivingInChamkarMon()
                        .withNationalities(List.of("FRA", "GBR"))
                        .withCustodyStatus(status);

                List<AlertDraft> drafts = rules.evaluate(new CustodyChanged(event, IN_CUSTODY, frenchAndBritish));

                assertThat(drafts)
                        .as(status.name())
                        .extracting(AlertDraft::type)
                        .containsExactly(AlertType.CUSTODY_RELEASE, AlertType.FOREIGN_NATIONAL_RELEASE);
                assertThat(drafts.get(1).recipients())
                        .map(Recipient::toString)
                        .containsExactly("liaison:FRA", "liaison:GBR");
                assertThat(drafts.get(1).rationale()).contains("FRA, GBR");
            }
        }

        @Test
        void aForeignNationalOnBailOrACambodianReleasedIsNotReportedAbroad() {
            RegistrantFacts french = aCambodianLivingInChamkarMon().withNationalities(List.of("FRA"));

            assertThat(rules.evaluate(new CustodyChanged(event, IN_CUSTODY, french.withCustodyStatus(ON_BAIL))))
                    .extracting(AlertDraft::type)
                    .containsExactly(AlertType.CUSTODY_RELEASE);
            assertThat(rules.evaluate(new CustodyChanged(
                            event, IN_CUSTODY, aCambodianLivingInChamkarMon().withCustodyStatus(NOT_IN_CUSTODY))))
                    .extracting(AlertDraft::type)
                    .containsExactly(AlertType.CUSTODY_RELEASE);
        }
    }

    @Nested
    class DecreeReleaseRules {

        @Test
        void aPardonOfAChildSexOffenderAlertsTheDistrictPoliceAndEveryBorderPostUrgently() {
            List<AlertDraft> drafts = rules.evaluate(
                    new DecreeApplied(event, aDecree().childSexOffence().build(), aCambodianLivingInChamkarMon()));

            assertThat(drafts)
                    .extracting(AlertDraft::rule)
                    .containsExactly("decree-release-police", "decree-release-border");
            assertThat(drafts).allSatisfy(alert -> {
                assertThat(alert.type()).isEqualTo(AlertType.CUSTODY_RELEASE);
                assertThat(alert.severity()).isEqualTo(Severity.URGENT);
                assertThat(alert.reason())
                        .contains("NS/RKT/0426/101")
                        .contains("2026-04-14")
                        .contains("sexual offence against a child");
            });
            assertThat(drafts.get(0).recipients())
                    .map(Recipient::toString)
                    .containsExactly("district-police:KHM:Chamkar Mon");
            assertThat(drafts.get(1).recipients()).map(Recipient::toString).containsExactly("border-post:KHM:*");
            assertThat(drafts.get(1).rationale()).contains("every border post");
        }

        @Test
        void aReductionReleasingSomeoneLaterIsRoutineAndNamesTheDate() {
            List<AlertDraft> drafts = rules.evaluate(new DecreeApplied(
                    event,
                    aDecree()
                            .reducedBy(12)
                            .releasedOn(LocalDate.of(2027, 7, 10))
                            .build(),
                    aCambodianLivingInChamkarMon()));

            assertThat(drafts).hasSize(2).allSatisfy(alert -> {
                assertThat(alert.severity()).isEqualTo(Severity.ROUTINE);
                assertThat(alert.reason()).contains("2027-07-10").contains("reduction");
            });
        }

        @Test
        void aForeignNationalWantedElsewhereIsUrgentAndTheBorderIsToldADeportationDecisionIsPending() {
            RegistrantFacts foreigner = aCambodianLivingInChamkarMon().withNationalities(List.of("GBR"));

            List<AlertDraft> drafts = rules.evaluate(new DecreeApplied(
                    event,
                    aDecree().deportationDecisionNeeded().wantedElsewhere().build(),
                    foreigner));

            assertThat(drafts).allSatisfy(alert -> assertThat(alert.severity()).isEqualTo(Severity.URGENT));
            assertThat(drafts.get(1).reason())
                    .contains("deportation decision pending")
                    .contains("wanted elsewhere");
        }

        @Test
        void withoutAKnownResidenceThePoliceAlertGoesToTheNationalLiaison() {
            RegistrantFacts nowhere = aCambodianLivingInChamkarMon().withResidence(null, null);

            List<AlertDraft> drafts =
                    rules.evaluate(new DecreeApplied(event, aDecree().build(), nowhere));

            assertThat(drafts.getFirst().recipients()).map(Recipient::toString).containsExactly("liaison:KHM");
        }

        @Test
        void aDecreeThatReleasesNobodyAlertsNobody() {
            assertThat(rules.evaluate(new DecreeApplied(
                            event, aDecree().releasedOn(null).build(), aCambodianLivingInChamkarMon())))
                    .isEmpty();
        }
    }
}

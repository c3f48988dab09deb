package org.opensor.registry.notification.rules;

import org.opensor.registry.notification.adminapi.AlertType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.notification.rules.TestTriggers.aCambodianLivingInChamkarMon;
import static org.opensor.registry.notification.rules.TestTriggers.aHit;
import static org.opensor.registry.notification.rules.TestTriggers.aNotice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opensor.registry.notification.rules.Trigger.BorderCrossing;
import org.opensor.registry.notification.rules.Trigger.CustodyChanged;
import org.opensor.registry.notification.rules.Trigger.TravelDeclared;

/** One nested class per row of the rule table: the row fires when it should, and only then. */
class NotificationRulesTest {

    private final NotificationRules rules = new NotificationRules("KHM");
    private final UUID event = UUID.randomUUID();
    private final Instant crossing = Instant.parse("2026-03-01T05:00:00Z");

    @Test
    void everyRowHasAnIdAndSaysInWordsWhenItFiresAndWhoIsTold() {
        assertThat(rules.table()).extracting(NotificationRules.Rule::id).doesNotHaveDuplicates()
                .containsExactly("travel-declared", "undeclared-travel", "travel-while-restrained", "custody-release", "foreign-national-release");
        assertThat(rules.table()).allSatisfy(rule -> {
            assertThat(rule.whenInWords()).isNotBlank();
            assertThat(rule.recipientsInWords()).isNotBlank();
        });
    }

    @Nested
    class TravelDeclaredRule {

        @Test
        void tellsTheBorderPostsOnTheItineraryAndEachForeignDestinationsLiaisonWithARiskRationale() {
            List<AlertDraft> drafts = rules.evaluate(new TravelDeclared(event, aNotice().to("THA", "BKK").to("VNM", "SGN").build(),
                    aCambodianLivingInChamkarMon()));

            assertThat(drafts).singleElement().satisfies(alert -> {
                assertThat(alert.rule()).isEqualTo("travel-declared");
                assertThat(alert.type()).isEqualTo(AlertType.TRAVEL_NOTICE);
                assertThat(alert.severity()).isEqualTo(Severity.ROUTINE);
                assertThat(alert.sourceEventId()).isEqualTo(event);
                assertThat(alert.recipients()).map(Recipient::toString)
                        .containsExactly("border-post:KHM:PNH", "border-post:THA:BKK", "border-post:VNM:SGN", "liaison:THA", "liaison:VNM");
                assertThat(alert.rationale()).contains("sex-offender register").contains("THA via BKK").contains("VNM via SGN")
                        .contains("2026-03-01").contains("tourism");
            });
        }

        @Test
        void aLateNoticeIsUrgentAndSaysSo() {
            AlertDraft alert = rules.evaluate(new TravelDeclared(event, aNotice().late().build(), aCambodianLivingInChamkarMon())).getFirst();

            assertThat(alert.severity()).isEqualTo(Severity.URGENT);
            assertThat(alert.reason()).contains("late");
            assertThat(alert.rationale()).contains("late");
        }

        @Test
        void aTripWithinTheHomeCountryHasNoLiaison() {
            AlertDraft alert = rules.evaluate(new TravelDeclared(event, aNotice().withoutDeparturePoint().to("KHM", "KOH KONG").build(),
                    aCambodianLivingInChamkarMon())).getFirst();

            assertThat(alert.recipients()).map(Recipient::toString).containsExactly("border-post:KHM:KOH KONG");
        }
    }

    @Nested
    class UndeclaredTravelRule {

        @Test
        void aHitWithoutANoticeIsUrgentToTheBorderPostTheDistrictPoliceAndTheForeignLiaison() {
            List<AlertDraft> drafts = rules.evaluate(new BorderCrossing(event, aHit("BKK", "THA", crossing), aCambodianLivingInChamkarMon(), false));

            assertThat(drafts).singleElement().satisfies(alert -> {
                assertThat(alert.type()).isEqualTo(AlertType.UNDECLARED_TRAVEL);
                assertThat(alert.severity()).isEqualTo(Severity.URGENT);
                assertThat(alert.recipients()).map(Recipient::toString)
                        .containsExactly("border-post:THA:BKK", "district-police:KHM:Chamkar Mon", "liaison:THA");
                assertThat(alert.rationale()).contains("no declared travel notice");
            });
        }

        @Test
        void aHitCoveredByADeclaredNoticeIssuesNothing() {
            assertThat(rules.evaluate(new BorderCrossing(event, aHit("PNH", "KHM", crossing), aCambodianLivingInChamkarMon(), true))).isEmpty();
        }
    }

    @Nested
    class TravelWhileRestrainedRule {

        @Test
        void aHitOnSomeoneInCustodyOnBailEscapedOrAbscondedIsCritical() {
            for (String status : List.of("IN_CUSTODY", "ON_BAIL", "ABSCONDED", "ESCAPED")) {
                List<AlertDraft> drafts = rules.evaluate(new BorderCrossing(event, aHit("PNH", "KHM", crossing),
                        aCambodianLivingInChamkarMon().withCustodyStatus(status), true));

                assertThat(drafts).as(status).singleElement().satisfies(alert -> {
                    assertThat(alert.type()).isEqualTo(AlertType.TRAVEL_WHILE_RESTRAINED);
                    assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(alert.recipients()).map(Recipient::toString)
                            .containsExactly("border-post:KHM:PNH", "district-police:KHM:Chamkar Mon");
                    assertThat(alert.reason()).contains(status);
                });
            }
        }

        @Test
        void anUndeclaredHitOnAnAbscondedPersonIssuesBothAlerts() {
            List<AlertDraft> drafts = rules.evaluate(new BorderCrossing(event, aHit("PNH", "KHM", crossing),
                    aCambodianLivingInChamkarMon().withCustodyStatus("ABSCONDED"), false));

            assertThat(drafts).extracting(AlertDraft::type).containsExactly(AlertType.UNDECLARED_TRAVEL, AlertType.TRAVEL_WHILE_RESTRAINED);
        }

        @Test
        void aHitOnSomeoneFreeOrOnParoleWithANoticeIssuesNothing() {
            for (String status : List.of("NOT_IN_CUSTODY", "ON_PAROLE")) {
                assertThat(rules.evaluate(new BorderCrossing(event, aHit("PNH", "KHM", crossing),
                        aCambodianLivingInChamkarMon().withCustodyStatus(status), true))).as(status).isEmpty();
            }
        }
    }

    @Nested
    class CustodyReleaseRule {

        @Test
        void releaseBailParoleAndDeportationTellThePoliceOfTheDistrictOfResidence() {
            for (String status : List.of("NOT_IN_CUSTODY", "ON_BAIL", "ON_PAROLE", "DEPORTED")) {
                List<AlertDraft> drafts = rules.evaluate(new CustodyChanged(event, "IN_CUSTODY", aCambodianLivingInChamkarMon().withCustodyStatus(status)));

                assertThat(drafts).as(status).singleElement().satisfies(alert -> {
                    assertThat(alert.type()).isEqualTo(AlertType.CUSTODY_RELEASE);
                    assertThat(alert.severity()).isEqualTo(Severity.ROUTINE);
                    assertThat(alert.recipients()).map(Recipient::toString).containsExactly("district-police:KHM:Chamkar Mon");
                    assertThat(alert.reason()).contains(status).contains("was IN_CUSTODY");
                });
            }
        }

        @Test
        void withoutAKnownResidenceTheNationalPoliceAreTold() {
            AlertDraft alert = rules.evaluate(new CustodyChanged(event, "IN_CUSTODY",
                    aCambodianLivingInChamkarMon().withResidence(null, null).withCustodyStatus("NOT_IN_CUSTODY"))).getFirst();

            assertThat(alert.recipients()).map(Recipient::toString).containsExactly("liaison:KHM");
        }

        @Test
        void admissionOrAnUnchangedStatusIssuesNothing() {
            assertThat(rules.evaluate(new CustodyChanged(event, "NOT_IN_CUSTODY", aCambodianLivingInChamkarMon().withCustodyStatus("IN_CUSTODY")))).isEmpty();
            assertThat(rules.evaluate(new CustodyChanged(event, "ON_BAIL", aCambodianLivingInChamkarMon().withCustodyStatus("ON_BAIL")))).isEmpty();
        }
    }

    @Nested
    class ForeignNationalReleaseRule {

        @Test
        void aForeignNationalReleasedOrDeportedIsReportedToEachCountryOfNationality() {
            for (String status : List.of("NOT_IN_CUSTODY", "DEPORTED")) {
                RegistrantFacts frenchAndBritish = aCambodianLivingInChamkarMon().withNationalities(List.of("FRA", "GBR")).withCustodyStatus(status);

                List<AlertDraft> drafts = rules.evaluate(new CustodyChanged(event, "IN_CUSTODY", frenchAndBritish));

                assertThat(drafts).as(status).extracting(AlertDraft::type).containsExactly(AlertType.CUSTODY_RELEASE, AlertType.FOREIGN_NATIONAL_RELEASE);
                assertThat(drafts.get(1).recipients()).map(Recipient::toString).containsExactly("liaison:FRA", "liaison:GBR");
                assertThat(drafts.get(1).rationale()).contains("FRA, GBR");
            }
        }

        @Test
        void aForeignNationalOnBailOrACambodianReleasedIsNotReportedAbroad() {
            RegistrantFacts french = aCambodianLivingInChamkarMon().withNationalities(List.of("FRA"));

            assertThat(rules.evaluate(new CustodyChanged(event, "IN_CUSTODY", french.withCustodyStatus("ON_BAIL"))))
                    .extracting(AlertDraft::type).containsExactly(AlertType.CUSTODY_RELEASE);
            assertThat(rules.evaluate(new CustodyChanged(event, "IN_CUSTODY", aCambodianLivingInChamkarMon().withCustodyStatus("NOT_IN_CUSTODY"))))
                    .extracting(AlertDraft::type).containsExactly(AlertType.CUSTODY_RELEASE);
        }
    }
}

package org.opensor.registry.api.decree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.NewCustodyEvent;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.api.registration.RegistrationPolicy;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.OffenceCategory;

class ImpactCalculatorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-04-14");
    private static final RegistrationPolicy POLICY = RegistrationPolicy.defaults();

    @Test
    void aReductionMovesTheEndOfSentenceEarlierByItsMonthsLessEarlierReductions() {
        Registrant prisoner = aPrisoner()
                .admittedOn("2024-01-10")
                .sentencedToMonths(60)
                .reducedByMonths(6, "2025-04-14")
                .build();

        ImpactPreview.Row row = rowFor(reduction(12), prisoner);

        assertThat(row.releaseDate()).isEqualTo(LocalDate.parse("2027-07-10"));
        assertThat(row.releaseDueNow()).isFalse();
        assertThat(row.notes()).anyMatch(n -> n.text().contains("2028-07-10"));
    }

    @Test
    void aReductionPastTheEndOfSentenceReleasesAtOnce() {
        Registrant prisoner =
                aPrisoner().admittedOn("2024-01-10").sentencedToMonths(30).build();

        ImpactPreview.Row row = rowFor(reduction(12), prisoner);

        assertThat(row.releaseDate()).isEqualTo(TODAY);
        assertThat(row.releaseDueNow()).isTrue();
    }

    @Test
    void aPardonReleasesSomeoneInCustodyAndFlagsAChildSexOffenceAndAForeignNational() {
        Registrant prisoner = aPrisoner()
                .admittedOn("2024-01-10")
                .sentencedToMonths(60)
                .againstAChild()
                .national("GBR")
                .build();

        ImpactPreview.Row row = rowFor(pardon(), prisoner);

        assertThat(row.releaseDate()).isEqualTo(TODAY);
        assertThat(row.childSexOffences()).singleElement().asString().contains("art. 42");
        assertThat(row.deportationDecisionNeeded()).isTrue();
    }

    @Test
    void aCambodianWithAnotherNationalityNeedsNoDeportationDecision() {
        Registrant prisoner = aPrisoner()
                .admittedOn("2024-01-10")
                .sentencedToMonths(60)
                .national("KHM")
                .national("FRA")
                .build();

        assertThat(rowFor(pardon(), prisoner).deportationDecisionNeeded()).isFalse();
    }

    @Test
    void someoneNotInCustodyIsNotReleasedAndSomeoneWithoutConvictionBlocksTheDecree() {
        Registrant onParole = aPrisoner()
                .admittedOn("2024-01-10")
                .sentencedToMonths(60)
                .paroledOn("2025-01-10")
                .build();
        Registrant unconvicted = aPrisoner().build();

        assertThat(rowFor(pardon(), onParole).releaseDate()).isNull();
        assertThat(rowFor(pardon(), onParole).blockedBy()).isNull();
        assertThat(rowFor(pardon(), unconvicted).blockedBy()).isEqualTo("decree-requires-conviction");
    }

    @Test
    void totalsCountOnlyTheLinesThatWouldBeApplied() {
        Registrant child = aPrisoner()
                .admittedOn("2024-01-10")
                .sentencedToMonths(60)
                .againstAChild()
                .build();
        Decree decree = pardon();
        DecreeLine linked = line(1, LinkState.AUTO_LINKED, child);
        DecreeLine uncertain = line(2, LinkState.UNCERTAIN, child);
        DecreeLine nobody = new DecreeLine(
                new BeneficiaryLine(3, "Nobody", null, null),
                new LineLink(LinkState.NOT_IN_REGISTRY, null, null, null, null, List.of(), null, null),
                null);
        Decree withLines = new Decree(
                decree.id(),
                1,
                decree.number(),
                decree.date(),
                null,
                decree.kind(),
                null,
                List.of(linked, uncertain, nobody),
                false,
                "clerk",
                Instant.now(),
                null,
                null,
                null);

        ImpactPreview preview = ImpactCalculator.preview(
                withLines, Map.of(child.id().value(), child), Set.of(child.id().value()), TODAY);

        assertThat(preview.totals()).isEqualTo(new ImpactPreview.Totals(3, 1, 1, 1, 0, 1, 1, 0, 1, 0));
    }

    private static ImpactPreview.Row rowFor(Decree decree, Registrant registrant) {
        return ImpactCalculator.row(decree, line(1, LinkState.AUTO_LINKED, registrant), registrant, Set.of(), TODAY);
    }

    private static DecreeLine line(int number, LinkState state, Registrant registrant) {
        return new DecreeLine(
                new BeneficiaryLine(number, "SOK Sokha", null, null),
                new LineLink(state, registrant.id().value(), "SOK Sokha", 0.95, "STRONG", List.of(), null, null),
                null);
    }

    private static Decree pardon() {
        return Decree.entered(
                "NS/RKT/0426/101",
                LocalDate.parse("2026-04-12"),
                "Khmer New Year",
                DecreeKind.PARDON,
                null,
                List.of(),
                "clerk",
                Instant.now());
    }

    private static Decree reduction(int months) {
        return Decree.entered(
                "NS/RKT/0426/102",
                LocalDate.parse("2026-04-12"),
                "Khmer New Year",
                DecreeKind.REDUCTION,
                months,
                List.of(),
                "clerk",
                Instant.now());
    }

    static PrisonerBuilder aPrisoner() {
        return new PrisonerBuilder();
    }

    /** A registrant built through the aggregate's own methods, as the service would record them. */
    static final class PrisonerBuilder {
        private String admitted;
        private Integer sentence;
        private boolean child;
        private final java.util.List<CountryCode> nationalities = new java.util.ArrayList<>();
        private Integer reducedBy;
        private String reducedOn;
        private String paroled;

        PrisonerBuilder admittedOn(String date) {
            admitted = date;
            return this;
        }

        PrisonerBuilder sentencedToMonths(int months) {
            sentence = months;
            return this;
        }

        PrisonerBuilder againstAChild() {
            child = true;
            return this;
        }

        PrisonerBuilder national(String code) {
            nationalities.add(new CountryCode(code));
            return this;
        }

        PrisonerBuilder reducedByMonths(int months, String on) {
            reducedBy = months;
            reducedOn = on;
            return this;
        }

        PrisonerBuilder paroledOn(String date) {
            paroled = date;
            return this;
        }

        Registrant build() {
            Identity base = Identity.named("SOK", "Sokha", Sex.MALE);
            Identity identity = new Identity(
                    base.familyName(),
                    base.givenNames(),
                    null,
                    List.of(),
                    null,
                    null,
                    Sex.MALE,
                    null,
                    nationalities.isEmpty() ? List.of(CountryCode.HOME) : nationalities,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of());
            Instant now = Instant.parse("2026-04-14T01:00:00Z");
            Registrant r = Registrant.register(identity, "clerk", now, null).after();
            if (sentence != null) {
                Offence offence = child
                        ? new Offence(
                                "KHM-2008-42",
                                "KHM",
                                "Law 2008",
                                "42",
                                "Sexual intercourse with a minor under 15",
                                OffenceCategory.CHILD_SEXUAL_ABUSE)
                        : new Offence(
                                "KHM-2008-10",
                                "KHM",
                                "Law 2008",
                                "10",
                                "Unlawful removal",
                                OffenceCategory.TRAFFICKING_FOR_SEXUAL_PURPOSES);
                Conviction conviction = new Conviction(
                        UUID.randomUUID(),
                        "Court",
                        "1/2024",
                        LocalDate.parse("2024-01-05"),
                        offence,
                        false,
                        false,
                        CountryCode.HOME,
                        sentence,
                        "clerk",
                        now);
                r = r.recordConviction(conviction, null, POLICY, "clerk", now, null)
                        .getLast()
                        .after();
            }
            if (admitted != null) {
                r = custody(
                        r,
                        new NewCustodyEvent(
                                CustodyEventType.ADMITTED,
                                LocalDate.parse(admitted),
                                "Prey Sar",
                                null,
                                null,
                                null,
                                false,
                                "Prey Sar",
                                null,
                                null,
                                null));
            }
            if (reducedBy != null) {
                r = custody(
                        r,
                        new NewCustodyEvent(
                                CustodyEventType.SENTENCE_REDUCTION,
                                LocalDate.parse(reducedOn),
                                "Decree",
                                "NS/1",
                                LocalDate.parse(reducedOn),
                                reducedBy,
                                false,
                                null,
                                null,
                                null,
                                null));
            }
            if (paroled != null) {
                r = custody(
                        r,
                        new NewCustodyEvent(
                                CustodyEventType.PAROLED,
                                LocalDate.parse(paroled),
                                "Order",
                                null,
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                null));
            }
            return r;
        }

        private static Registrant custody(Registrant r, NewCustodyEvent event) {
            return r.recordCustodyEvent(event, POLICY, TODAY, "clerk", Instant.parse("2026-04-14T01:00:00Z"))
                    .getLast()
                    .after();
        }
    }
}

package org.opensor.registry.api.decree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.custody.CustodyEvent;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.place.AddressKind;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registrant.Registrant;

/**
 * Works out a decree's impact from the registrants' records as they stand: pure, so the preview and the application
 * agree on every date and flag.
 */
public final class ImpactCalculator {

    private ImpactCalculator() {}

    /**
     * @param registrants the records of the linked and proposed registrants, by id
     * @param wanted      the registrants with an open foreign request
     * @param effective   the date the custody events would take effect
     */
    public static ImpactPreview preview(
            Decree decree, Map<UUID, Registrant> registrants, Set<UUID> wanted, LocalDate effective) {
        List<ImpactPreview.Row> rows = new ArrayList<>();
        for (DecreeLine line : decree.lines()) {
            UUID linked = line.link().registrantId();
            rows.add(row(decree, line, linked == null ? null : registrants.get(linked), wanted, effective));
        }
        int applicable = 0;
        int releases = 0;
        int children = 0;
        int deportations = 0;
        int wantedCount = 0;
        int blocked = 0;
        for (ImpactPreview.Row row : rows) {
            if (!row.state().applies()) {
                continue;
            }
            applicable++;
            releases += row.releaseDate() != null ? 1 : 0;
            children += row.childSexOffence() ? 1 : 0;
            deportations += row.deportationDecisionNeeded() ? 1 : 0;
            wantedCount += row.wantedElsewhere() ? 1 : 0;
            blocked += row.blockedBy() != null ? 1 : 0;
        }
        ImpactPreview.Totals totals = new ImpactPreview.Totals(
                rows.size(),
                applicable,
                count(rows, LinkState.UNCERTAIN),
                count(rows, LinkState.NOT_IN_REGISTRY),
                count(rows, LinkState.REJECTED),
                releases,
                children,
                deportations,
                wantedCount,
                blocked);
        return new ImpactPreview(
                decree.id(), decree.number(), decree.kind(), decree.reductionMonths(), effective, rows, totals);
    }

    /** What one line does to its registrant; a row without a registrant when the line links to nobody. */
    static ImpactPreview.Row row(
            Decree decree, DecreeLine line, Registrant registrant, Set<UUID> wanted, LocalDate effective) {
        BeneficiaryLine b = line.beneficiary();
        LineLink link = line.link();
        if (registrant == null || link.state() == LinkState.REJECTED || link.state() == LinkState.NOT_IN_REGISTRY) {
            return new ImpactPreview.Row(
                    b.lineNumber(),
                    b.name(),
                    link.state(),
                    link.state() == LinkState.REJECTED ? null : link.registrantId(),
                    null,
                    null,
                    null,
                    false,
                    null,
                    List.of(),
                    List.of(),
                    false,
                    false,
                    null,
                    List.of(
                            link.state() == LinkState.REJECTED
                                    ? ImpactPreview.Note.of("rejected", "rejected by the clerk: nothing is recorded")
                                    : link.state() == LinkState.NOT_IN_REGISTRY
                                            ? ImpactPreview.Note.of(
                                                    "notInRegistry", "not in the registry: nothing is recorded")
                                            : ImpactPreview.Note.of("notAvailable", "record not available")));
        }
        List<ImpactPreview.Note> notes = new ArrayList<>();
        CustodyStatus status = registrant.custody().status();
        String blockedBy = blockedBy(registrant, effective, notes);
        LocalDate release = null;
        boolean dueNow = false;
        if (blockedBy == null && status == CustodyStatus.IN_CUSTODY) {
            if (decree.kind() == DecreeKind.PARDON) {
                release = effective;
            } else {
                LocalDate end = endOfSentence(registrant, notes);
                if (end != null) {
                    LocalDate reduced = end.minusMonths(decree.reductionMonths());
                    dueNow = !reduced.isAfter(effective);
                    release = dueNow ? effective : reduced;
                    notes.add(ImpactPreview.Note.of(
                            "sentenceMoves", "end of sentence " + end + " moves to " + reduced, end, reduced));
                }
            }
        } else if (blockedBy == null) {
            notes.add(ImpactPreview.Note.of(
                    "notInCustody",
                    "not in custody (" + status + "): the decree is recorded, nobody is released",
                    status.name()));
        }
        List<String> children = registrant.convictions().stream()
                .filter(Conviction::againstAChild)
                .map(c -> c.offence().statute() + " art. " + c.offence().article() + " (" + c.judgmentDate() + ")")
                .toList();
        List<String> nationalities = registrant.identity().nationalities().stream()
                .map(CountryCode::code)
                .toList();
        boolean foreign = !nationalities.isEmpty() && !nationalities.contains(CountryCode.HOME.code());
        boolean deportation =
                foreign && release != null && !registrant.custody().deportationOrdered();
        if (foreign && release != null && registrant.custody().deportationOrdered()) {
            notes.add(ImpactPreview.Note.of("deportationOrdered", "a deportation order stands"));
        }
        if (link.state() == LinkState.UNCERTAIN) {
            notes.add(ImpactPreview.Note.of("waitsForClerk", "waits for the clerk to confirm the link"));
        }
        // The name the matcher showed: none for a record restricted to other units, whose flags alone are shown.
        return new ImpactPreview.Row(
                b.lineNumber(),
                b.name(),
                link.state(),
                registrant.id().value(),
                link.displayName(),
                status.name(),
                release,
                dueNow,
                residenceDistrict(registrant, effective),
                children,
                nationalities,
                deportation,
                wanted.contains(registrant.id().value()),
                blockedBy,
                notes);
    }

    /**
     * The end of the sentence being served: the latest admission plus the latest conviction's sentence, less the months
     * earlier decrees took off since that admission; null (with a note) when the record does not say.
     */
    static LocalDate endOfSentence(Registrant registrant, List<ImpactPreview.Note> notes) {
        List<CustodyEvent> events = registrant.custody().events();
        CustodyEvent admission = events.reversed().stream()
                .filter(e -> e.type() == CustodyEventType.ADMITTED)
                .findFirst()
                .orElse(null);
        Integer sentence = registrant.convictions().reversed().stream()
                .map(Conviction::sentenceMonths)
                .filter(m -> m != null && m > 0)
                .findFirst()
                .orElse(null);
        if (admission == null || sentence == null) {
            notes.add(ImpactPreview.Note.of(
                    "noSentence", "no admission or custodial sentence recorded: the release date cannot be computed"));
            return null;
        }
        int earlier = events.subList(events.indexOf(admission), events.size()).stream()
                .filter(e -> e.type().needsDecree() && e.sentenceReducedByMonths() != null)
                .mapToInt(CustodyEvent::sentenceReducedByMonths)
                .sum();
        return admission.effectiveDate().plusMonths(sentence - earlier);
    }

    private static String blockedBy(Registrant registrant, LocalDate effective, List<ImpactPreview.Note> notes) {
        if (registrant.convictions().isEmpty()) {
            notes.add(ImpactPreview.Note.of("noConviction", "no conviction recorded: a decree applies to a sentence"));
            return "decree-requires-conviction";
        }
        if (registrant.custody().status() == CustodyStatus.DECEASED) {
            notes.add(ImpactPreview.Note.of("deceased", "recorded as deceased"));
            return "nothing-after-death";
        }
        LocalDate latest = registrant.custody().events().stream()
                .filter(e -> e.type() != CustodyEventType.CORRECTION)
                .map(CustodyEvent::effectiveDate)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (latest != null && effective.isBefore(latest)) {
            notes.add(ImpactPreview.Note.of(
                    "laterCustodyEntry",
                    "the custody timeline has an entry of " + latest + ", after the effective date",
                    latest));
            return "chronological-order";
        }
        return null;
    }

    private static String residenceDistrict(Registrant registrant, LocalDate day) {
        return registrant.addresses().reversed().stream()
                .filter(a -> a.kind() == AddressKind.RESIDENCE && a.holdsOn(day))
                .map(Address::district)
                .filter(d -> d != null)
                .findFirst()
                .orElse(null);
    }

    private static int count(List<ImpactPreview.Row> rows, LinkState state) {
        return (int) rows.stream().filter(r -> r.state() == state).count();
    }
}

package org.opensor.registry.api.decree;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.custody.NewCustodyEvent;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decree use cases: enter and match, let the clerk decide uncertain lines, preview the impact, apply. Applying records
 * every applicable line's custody event, its registration decision and its events in one transaction: all lines or
 * none.
 */
@Service
public class DecreeService {

    private final Decrees decrees;
    private final DecreeMatcher matcher;
    private final RegistrantService registrants;
    private final OpenForeignRequests foreignRequests;
    private final Outbox outbox;
    private final Clock clock;

    DecreeService(
            Decrees decrees,
            DecreeMatcher matcher,
            RegistrantService registrants,
            OpenForeignRequests foreignRequests,
            Outbox outbox,
            Clock clock) {
        this.decrees = decrees;
        this.matcher = matcher;
        this.registrants = registrants;
        this.foreignRequests = foreignRequests;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Checks the decree, reads its list and links every line; nothing is recorded for any registrant yet. */
    @Transactional
    public Decree enter(NewDecree command, Viewer clerk, String actor) {
        List<BeneficiaryLine> lines = checked(command);
        List<LineLink> links = matcher.link(lines, clerk);
        List<DecreeLine> linked = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            linked.add(new DecreeLine(lines.get(i), links.get(i), null));
        }
        Decree decree = Decree.entered(
                command.number().strip(),
                command.date(),
                Texts.blankToNull(command.occasion()),
                command.kind(),
                command.reductionMonths(),
                linked,
                actor,
                clock.instant());
        decrees.add(decree);
        return decree;
    }

    /** The clerk confirms or rejects one line's link; confirming may name another registrant than proposed. */
    @Transactional
    public Decree decide(
            DecreeId id, Long expectedVersion, int lineNumber, boolean confirm, UUID registrantId, String actor) {
        Decree before = lockedAt(id, expectedVersion);
        if (confirm
                && registrantId != null
                && registrants.find(new RegistrantId(registrantId)).isEmpty()) {
            throw new RuleViolation("registrantId", "known-registrant", "no registrant with id " + registrantId);
        }
        // A registrant the clerk names by id is shown by id: the clerk knows whom, and a restricted record stays
        // unnamed.
        Decree after = before.decide(lineNumber, confirm, registrantId, null, actor);
        decrees.update(before, after);
        return after;
    }

    /** @throws NotFound when there is no such decree */
    @Transactional(readOnly = true)
    public Decree find(DecreeId id) {
        Decree decree = decrees.find(id).orElseThrow(() -> notFound(id));
        DisclosedRecords.note(linkedIds(decree).stream().map(UUID::toString).toList());
        return decree;
    }

    @Transactional(readOnly = true)
    public List<Decree> page(int page, int size) {
        return decrees.page(page, size);
    }

    @Transactional(readOnly = true)
    public long count() {
        return decrees.count();
    }

    /** What applying the decree on {@code effective} (today when null) would do; nothing is recorded. */
    @Transactional(readOnly = true)
    public ImpactPreview preview(DecreeId id, LocalDate effective) {
        Decree decree = decrees.find(id).orElseThrow(() -> notFound(id));
        ImpactPreview preview = previewOf(decree, effectiveDate(decree, effective));
        DisclosedRecords.note(linkedIds(decree).stream().map(UUID::toString).toList());
        return preview;
    }

    /**
     * Records the custody event of every auto-linked or confirmed line, the registration decision the policy takes on
     * it, and a {@link DecreeAppliedV1} per line, in one transaction.
     *
     * @throws RefusedTransition when a line waits for the clerk, a line's custody timeline would refuse it, or the
     *                           decree was applied already
     */
    @Transactional
    public Decree apply(DecreeId id, Long expectedVersion, LocalDate effective, String actor) {
        Decree before = lockedAt(id, expectedVersion);
        before.requireApplicable();
        LocalDate on = effectiveDate(before, effective);
        ImpactPreview preview = previewOf(before, on);
        List<String> blocked = preview.rows().stream()
                .filter(r -> r.state().applies() && r.blockedBy() != null)
                .map(r -> "line " + r.lineNumber() + ": " + r.blockedBy())
                .toList();
        if (!blocked.isEmpty()) {
            throw new RefusedTransition(
                    "lines",
                    "lines-applicable",
                    "DRAFT",
                    "The custody timeline refuses " + blocked + ": reject those lines or put the records right first.");
        }
        Map<Integer, ImpactPreview.Row> rows = new HashMap<>();
        preview.rows().forEach(r -> rows.put(r.lineNumber(), r));
        Instant now = clock.instant();
        List<DecreeLine> applied = new ArrayList<>(before.lines().size());
        for (DecreeLine line : before.lines()) {
            if (!line.link().state().applies()) {
                applied.add(line);
                continue;
            }
            ImpactPreview.Row row = rows.get(line.beneficiary().lineNumber());
            Registrant after = registrants.recordCustodyEvent(
                    new RegistrantId(line.link().registrantId()), null, custodyEventOf(before, line, row, on), actor);
            UUID eventId = after.custody().events().getLast().id();
            outbox.append(
                    Topics.REGISTRANTS,
                    RegistrantTopicKeys.decreeApplied(line.link().registrantId()),
                    RegistrantEventTypes.DECREE_APPLIED_V1,
                    now,
                    new DecreeAppliedV1(
                            before.id().value(),
                            before.number(),
                            before.date(),
                            before.occasion(),
                            before.kind().name(),
                            before.reductionMonths(),
                            line.link().registrantId(),
                            eventId,
                            row.releaseDate(),
                            row.childSexOffence(),
                            row.deportationDecisionNeeded(),
                            row.wantedElsewhere(),
                            now));
            applied.add(line.appliedAs(eventId));
        }
        Decree after = before.appliedWith(applied, on, actor, now);
        decrees.update(before, after);
        return after;
    }

    private ImpactPreview previewOf(Decree decree, LocalDate effective) {
        Map<UUID, Registrant> records = new HashMap<>();
        registrants
                .findAll(linkedIds(decree).stream().map(RegistrantId::new).toList())
                .forEach((id, r) -> records.put(id.value(), r));
        Set<UUID> wanted = foreignRequests.wantedAmong(records.keySet());
        return ImpactCalculator.preview(decree, records, wanted, effective);
    }

    private static NewCustodyEvent custodyEventOf(Decree decree, DecreeLine line, ImpactPreview.Row row, LocalDate on) {
        boolean pardon = decree.kind() == DecreeKind.PARDON;
        boolean frees = pardon && CustodyStatus.IN_CUSTODY.name().equals(row.custodyStatus());
        String source = "Royal decree " + decree.number() + " of " + decree.date() + ", line "
                + line.beneficiary().lineNumber();
        String reason = "Decree " + decree.number() + (decree.occasion() == null ? "" : " (" + decree.occasion() + ")")
                + (row.releaseDate() != null && !pardon ? ": release due " + row.releaseDate() : "");
        return new NewCustodyEvent(
                pardon ? CustodyEventType.ROYAL_PARDON : CustodyEventType.SENTENCE_REDUCTION,
                on,
                source,
                decree.number(),
                decree.date(),
                pardon ? null : decree.reductionMonths(),
                frees,
                null,
                null,
                null,
                reason);
    }

    private Decree lockedAt(DecreeId id, Long expectedVersion) {
        Decree decree = decrees.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (expectedVersion != null && expectedVersion != decree.version()) {
            throw new StaleVersion(expectedVersion, decree.version());
        }
        return decree;
    }

    private LocalDate effectiveDate(Decree decree, LocalDate requested) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate on = requested == null ? today : requested;
        if (on.isAfter(today)) {
            throw new RuleViolation("effectiveDate", "not-in-future", "effectiveDate " + on + " is in the future");
        }
        if (on.isBefore(decree.date())) {
            throw new RuleViolation(
                    "effectiveDate",
                    "not-before-decree",
                    "effectiveDate " + on + " is before the decree's date " + decree.date());
        }
        return on;
    }

    private List<BeneficiaryLine> checked(NewDecree c) {
        Violations violations = new Violations();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (Texts.blankToNull(c.number()) == null) {
            violations.add("number", "required", "number (the decree's number as signed) is required");
        } else if (c.number().strip().length() > 100) {
            violations.add("number", "at-most-100-characters", "number is longer than 100 characters");
        }
        if (c.date() == null) {
            violations.add("date", "required", "date (the date the decree was signed) is required");
        } else if (c.date().isAfter(today)) {
            violations.add("date", "not-in-future", "date " + c.date() + " is in the future");
        }
        if (c.occasion() != null && c.occasion().length() > 200) {
            violations.add("occasion", "at-most-200-characters", "occasion is longer than 200 characters");
        }
        if (c.kind() == null) {
            violations.add("kind", "required", "kind is required: PARDON or REDUCTION");
        } else if (c.kind() == DecreeKind.REDUCTION
                && (c.reductionMonths() == null || c.reductionMonths() < 1 || c.reductionMonths() > 600)) {
            violations.add(
                    "reductionMonths",
                    "required-for-reduction-1-to-600",
                    "a REDUCTION names the months it takes off, 1 to 600");
        } else if (c.kind() == DecreeKind.PARDON && c.reductionMonths() != null) {
            violations.add("reductionMonths", "reduction-only", "reductionMonths is only for a REDUCTION");
        }
        List<BeneficiaryLine> lines = List.of();
        boolean typed = c.beneficiaries() != null && !c.beneficiaries().isEmpty();
        boolean listed = Texts.blankToNull(c.beneficiaryList()) != null;
        if (typed == listed) {
            violations.add(
                    "beneficiaries",
                    "one-list",
                    "give the beneficiaries either typed (beneficiaries) or as a CSV or text list (beneficiaryList)");
        } else if (listed) {
            lines = violations.check(() -> BeneficiaryListParser.parse(c.beneficiaryList(), "beneficiaryList"));
        } else if (c.beneficiaries().size() > BeneficiaryListParser.MAX_LINES) {
            violations.add(
                    "beneficiaries",
                    "at-most-" + BeneficiaryListParser.MAX_LINES + "-lines",
                    "a decree lists at most " + BeneficiaryListParser.MAX_LINES + " people");
        } else {
            List<BeneficiaryLine> typedLines = new ArrayList<>();
            for (int i = 0; i < c.beneficiaries().size(); i++) {
                NewDecree.TypedBeneficiary b = c.beneficiaries().get(i);
                BeneficiaryLine line = b == null
                        ? null
                        : BeneficiaryListParser.check(
                                i + 1,
                                b.name(),
                                b.dateOfBirth(),
                                b.documentNumber(),
                                "beneficiaries[" + i + "]",
                                violations);
                if (b == null) {
                    violations.add("beneficiaries[" + i + "]", "required", "beneficiary " + (i + 1) + " is empty");
                }
                if (line != null) {
                    typedLines.add(line);
                }
            }
            lines = typedLines;
        }
        violations.throwIfAny();
        return lines;
    }

    private static List<UUID> linkedIds(Decree decree) {
        return decree.lines().stream()
                .filter(l -> l.link().registrantId() != null
                        && l.link().state() != LinkState.REJECTED
                        && l.link().state() != LinkState.NOT_IN_REGISTRY)
                .map(l -> l.link().registrantId())
                .distinct()
                .toList();
    }

    private static NotFound notFound(DecreeId id) {
        return new NotFound("No decree with id " + id + ".");
    }
}

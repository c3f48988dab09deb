package org.opensor.registry.api.custody;

import static org.opensor.registry.api.custody.CustodyStatus.ABSCONDED;
import static org.opensor.registry.api.custody.CustodyStatus.DECEASED;
import static org.opensor.registry.api.custody.CustodyStatus.DEPORTED;
import static org.opensor.registry.api.custody.CustodyStatus.IN_CUSTODY;
import static org.opensor.registry.api.custody.CustodyStatus.NOT_IN_CUSTODY;
import static org.opensor.registry.api.custody.CustodyStatus.ON_BAIL;
import static org.opensor.registry.api.custody.CustodyStatus.ON_PAROLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.refusal.Violations;

/**
 * The custody and legal-status timeline of a registrant, a state machine over {@link CustodyStatus}. Entries are
 * only ever added; a wrong entry is put right by a {@link CustodyEventType#CORRECTION}, which names it. A refused
 * entry raises {@link IllegalCustodyTransition} with the rule it breaks; malformed input raises
 * {@link org.opensor.registry.api.refusal.RuleViolations}.
 */
public record CustodyTimeline(List<CustodyEvent> events) {

    private static final Set<CustodyStatus> SUPERVISED_OR_HELD = EnumSet.of(IN_CUSTODY, ON_BAIL, ON_PAROLE);

    public CustodyTimeline {
        events = List.copyOf(events);
    }

    public static CustodyTimeline empty() {
        return new CustodyTimeline(List.of());
    }

    public CustodyStatus status() {
        return events.isEmpty() ? NOT_IN_CUSTODY : events.getLast().statusAfter();
    }

    /** Whether a deportation order stands (ordered and not yet carried out). */
    public boolean deportationOrdered() {
        boolean ordered = false;
        for (CustodyEvent event : events) {
            if (event.type() == CustodyEventType.DEPORTATION_ORDERED) {
                ordered = true;
            } else if (event.type() == CustodyEventType.DEPORTED) {
                ordered = false;
            }
        }
        return ordered;
    }

    /**
     * Checks {@code entry} against the current status and returns the accepted event; the timeline itself is
     * unchanged (see {@link #with(CustodyEvent)}).
     *
     * @param hasConviction whether the registrant has a recorded conviction (a pardon or reduction needs one)
     * @param today         effective and decree dates after it are refused
     */
    public CustodyEvent accept(
            NewCustodyEvent entry, boolean hasConviction, LocalDate today, String actor, Instant now) {
        checkInput(entry, today);
        CustodyStatus current = status();
        CustodyStatus after = next(entry, current, hasConviction);
        LocalDate latest = events.stream()
                .filter(e -> e.type() != CustodyEventType.CORRECTION)
                .map(CustodyEvent::effectiveDate)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (entry.type() != CustodyEventType.CORRECTION
                && latest != null
                && entry.effectiveDate().isBefore(latest)) {
            throw new IllegalCustodyTransition(
                    "chronological-order",
                    current,
                    "effectiveDate " + entry.effectiveDate() + " is before the latest entry of the timeline (" + latest
                            + "); enter a CORRECTION to put an earlier entry right");
        }
        Decree decree =
                entry.type().needsDecree() ? new Decree(entry.decreeNumber().strip(), entry.decreeDate()) : null;
        return new CustodyEvent(
                UUID.randomUUID(),
                entry.type(),
                entry.effectiveDate(),
                entry.sourceDocument().strip(),
                decree,
                entry.sentenceReducedByMonths(),
                entry.releasesFromCustody(),
                Texts.blankToNull(entry.facility()),
                entry.correctsEventId(),
                after,
                actor,
                now,
                Texts.blankToNull(entry.reason()));
    }

    public CustodyTimeline with(CustodyEvent event) {
        List<CustodyEvent> more = new ArrayList<>(events);
        more.add(event);
        return new CustodyTimeline(more);
    }

    private void checkInput(NewCustodyEvent entry, LocalDate today) {
        Violations violations = new Violations();
        if (entry.type() == null) {
            violations.add("type", "required", "type is required");
        }
        if (entry.effectiveDate() == null) {
            violations.add("effectiveDate", "required", "effectiveDate is required");
        } else if (entry.effectiveDate().isAfter(today)) {
            violations.add(
                    "effectiveDate", "not-in-future", "effectiveDate " + entry.effectiveDate() + " is in the future");
        }
        if (Texts.blankToNull(entry.sourceDocument()) == null) {
            violations.add(
                    "sourceDocument",
                    "required",
                    "sourceDocument (the court order, prison record or decree) is required");
        }
        if (entry.type() != null && entry.type().needsDecree()) {
            if (Texts.blankToNull(entry.decreeNumber()) == null) {
                violations.add("decreeNumber", "required-for-decree", "decreeNumber is required for " + entry.type());
            }
            if (entry.decreeDate() == null) {
                violations.add("decreeDate", "required-for-decree", "decreeDate is required for " + entry.type());
            } else if (entry.decreeDate().isAfter(today)) {
                violations.add("decreeDate", "not-in-future", "decreeDate " + entry.decreeDate() + " is in the future");
            }
        }
        if (entry.sentenceReducedByMonths() != null && entry.sentenceReducedByMonths() < 1) {
            violations.add("sentenceReducedByMonths", "positive", "sentenceReducedByMonths must be 1 or more");
        }
        if (entry.releasesFromCustody() && entry.type() != CustodyEventType.ROYAL_PARDON) {
            violations.add("releasesFromCustody", "pardon-only", "releasesFromCustody is only for a ROYAL_PARDON");
        }
        if (entry.type() == CustodyEventType.CORRECTION) {
            if (entry.correctsEventId() == null) {
                violations.add(
                        "correctsEventId", "required-for-correction", "a CORRECTION names the entry it corrects");
            } else if (events.stream().noneMatch(e -> e.id().equals(entry.correctsEventId()))) {
                violations.add(
                        "correctsEventId",
                        "known-entry",
                        "correctsEventId " + entry.correctsEventId() + " is not an entry of this timeline");
            }
            if (entry.correctedStatus() == null) {
                violations.add(
                        "correctedStatus", "required-for-correction", "a CORRECTION states the status that is right");
            }
            if (Texts.blankToNull(entry.reason()) == null) {
                violations.add("reason", "required-for-correction", "a CORRECTION needs a reason");
            }
        } else if (entry.correctsEventId() != null || entry.correctedStatus() != null) {
            violations.add(
                    "correctsEventId",
                    "correction-only",
                    "correctsEventId and correctedStatus are only for a CORRECTION");
        }
        violations.throwIfAny();
    }

    private CustodyStatus next(NewCustodyEvent entry, CustodyStatus current, boolean hasConviction) {
        CustodyEventType type = entry.type();
        if (current == DECEASED && type != CustodyEventType.CORRECTION) {
            throw new IllegalCustodyTransition(
                    "nothing-after-death",
                    current,
                    "The registrant is recorded as deceased: only a CORRECTION can follow (if the death was entered in error).");
        }
        return switch (type) {
            case ADMITTED -> {
                if (current == IN_CUSTODY) {
                    throw new IllegalCustodyTransition(
                            "already-in-custody",
                            current,
                            "The registrant is already in custody: a move between prisons is TRANSFERRED.");
                }
                yield IN_CUSTODY;
            }
            case RELEASED -> requireInCustody(current, type, NOT_IN_CUSTODY);
            case RELEASED_ON_BAIL -> requireInCustody(current, type, ON_BAIL);
            case PAROLED -> requireInCustody(current, type, ON_PAROLE);
            case TRANSFERRED -> requireInCustody(current, type, IN_CUSTODY);
            case ROYAL_PARDON, SENTENCE_REDUCTION -> {
                if (!hasConviction) {
                    throw new IllegalCustodyTransition(
                            "decree-requires-conviction",
                            current,
                            "A " + type + " applies to a sentence: record the conviction first.");
                }
                if (entry.releasesFromCustody()) {
                    yield requireInCustody(current, type, NOT_IN_CUSTODY);
                }
                yield current;
            }
            case DEPORTATION_ORDERED -> {
                if (current == DEPORTED) {
                    throw new IllegalCustodyTransition(
                            "already-deported", current, "The registrant is recorded as deported already.");
                }
                yield current;
            }
            case DEPORTED -> {
                if (current == DEPORTED || current == ABSCONDED) {
                    throw new IllegalCustodyTransition(
                            "deport-requires-presence",
                            current,
                            "Someone " + current + " cannot be deported: record the admission or arrest first.");
                }
                if (!deportationOrdered()) {
                    throw new IllegalCustodyTransition(
                            "deport-requires-order",
                            current,
                            "No deportation order is recorded: enter DEPORTATION_ORDERED first.");
                }
                yield DEPORTED;
            }
            case ESCAPED_OR_ABSCONDED -> {
                if (!SUPERVISED_OR_HELD.contains(current)) {
                    throw new IllegalCustodyTransition(
                            "abscond-requires-custody-or-supervision",
                            current,
                            "Only someone in custody, on bail or on parole can escape or abscond; the registrant is "
                                    + current + ".");
                }
                yield ABSCONDED;
            }
            case DECEASED -> DECEASED;
            case CORRECTION -> entry.correctedStatus();
        };
    }

    private static CustodyStatus requireInCustody(CustodyStatus current, CustodyEventType type, CustodyStatus after) {
        if (current != IN_CUSTODY) {
            throw new IllegalCustodyTransition(
                    "requires-custody",
                    current,
                    type + " needs the registrant to be in custody; the registrant is " + current + ".");
        }
        return after;
    }
}

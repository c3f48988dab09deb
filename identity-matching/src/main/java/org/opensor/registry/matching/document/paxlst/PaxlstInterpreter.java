package org.opensor.registry.matching.document.paxlst;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.opensor.registry.matching.document.Severity;

/**
 * Walks the segments of an interchange in order and builds messages, legs and travellers. Problems found before
 * (segments left out, StAEDI's envelope checks) go to the traveller, message or interchange they fall in, so a
 * broken segment only marks the traveller it belongs to.
 */
final class PaxlstInterpreter {

    private static final Set<String> INTERCHANGE_TAGS = Set.of("UNB", "UNG", "UNE", "UNZ");
    private static final Set<String> MESSAGE_TAGS = Set.of("UNH", "UNT", "BGM", "CNT", "TDT");

    private final EdifactDates dates;
    private final Deque<PaxlstProblem> pending;
    private final List<PaxlstProblem> interchangeProblems = new ArrayList<>();
    private final List<PaxlstMessage> messages = new ArrayList<>();
    private String syntaxIdentifier;
    private int syntaxVersion;
    private String sender;
    private String recipient;
    private String controlReference;
    private MessageState message;
    private FlightLegBuilder leg;
    private TravellerBuilder traveller;

    /** A message being read. */
    private static final class MessageState {
        final String reference;
        final String release;
        String documentNameCode;
        final List<FlightLeg> legs = new ArrayList<>();
        final List<ManifestTraveller> travellers = new ArrayList<>();
        final List<PaxlstProblem> problems = new ArrayList<>();

        MessageState(String reference, String release) {
            this.reference = reference;
            this.release = release;
        }
    }

    PaxlstInterpreter(EdifactDates dates, List<PaxlstProblem> earlierProblems) {
        this.dates = dates;
        this.pending = new ArrayDeque<>(earlierProblems.stream()
                .sorted(Comparator.comparingInt(PaxlstProblem::segmentPosition))
                .toList());
    }

    PaxlstInterchange interpret(List<EdiSegment> segments) {
        for (EdiSegment segment : segments) {
            assignPendingBefore(segment.position());
            if (segment.tag().equals("UNH")) {
                handle(segment);
                assignPendingAt(segment);
            } else {
                assignPendingAt(segment);
                handle(segment);
            }
        }
        closeMessage(null);
        while (!pending.isEmpty()) {
            interchangeProblems.add(pending.poll());
        }
        return new PaxlstInterchange(
                syntaxIdentifier, syntaxVersion, sender, recipient, controlReference, messages, interchangeProblems);
    }

    private void handle(EdiSegment segment) {
        switch (segment.tag()) {
            case "UNB" -> interchangeHeader(segment);
            case "UNG", "UNE", "UNZ" -> {
                // group and trailer carry nothing screening needs; StAEDI checks their counts
            }
            case "UNH" -> openMessage(segment);
            case "UNT" -> closeMessage(segment);
            case "BGM" -> currentMessage(segment).documentNameCode = segment.value(1);
            case "TDT" -> openLeg(segment);
            case "NAD" -> party(segment);
            case "CNT" -> count(segment);
            default -> body(segment);
        }
    }

    private void interchangeHeader(EdiSegment unb) {
        syntaxIdentifier = unb.value(1, 1);
        String version = unb.value(1, 2);
        syntaxVersion = version.matches("\\d") ? Integer.parseInt(version) : 0;
        sender = unb.value(2);
        recipient = unb.value(3);
        controlReference = unb.value(5);
        if (controlReference.isEmpty()) {
            interchangeProblems.add(PaxlstProblem.coded(
                    Severity.ERROR,
                    unb.position(),
                    unb.tag(),
                    "noControlReference",
                    "no interchange control reference (0020): resubmissions cannot be recognised"));
        }
    }

    private void openMessage(EdiSegment unh) {
        if (message != null) {
            message.problems.add(PaxlstProblem.coded(
                    Severity.WARNING,
                    unh.position(),
                    unh.tag(),
                    "noMessageEnd",
                    "message " + message.reference + " has no UNT before the next UNH",
                    message.reference));
            closeMessage(null);
        }
        message = new MessageState(unh.value(1), unh.value(2, 2) + unh.value(2, 3));
        if (!unh.value(2, 1).equals("PAXLST")) {
            message.problems.add(PaxlstProblem.coded(
                    Severity.WARNING,
                    unh.position(),
                    unh.tag(),
                    "notPaxlst",
                    "message type '" + unh.value(2, 1) + "' is not PAXLST",
                    unh.value(2, 1)));
        }
    }

    private void closeMessage(EdiSegment unt) {
        closeTraveller();
        closeLeg();
        if (message == null) {
            return;
        }
        messages.add(new PaxlstMessage(
                message.reference,
                message.release,
                message.documentNameCode,
                message.legs,
                message.travellers,
                message.problems));
        message = null;
    }

    private MessageState currentMessage(EdiSegment segment) {
        if (message == null) {
            message = new MessageState(null, null);
            message.problems.add(PaxlstProblem.coded(
                    Severity.WARNING,
                    segment.position(),
                    segment.tag(),
                    "outsideMessage",
                    "segment outside a message (no UNH before it)"));
        }
        return message;
    }

    private void openLeg(EdiSegment tdt) {
        MessageState current = currentMessage(tdt);
        closeTraveller();
        closeLeg();
        leg = new FlightLegBuilder(tdt, dates, current.problems);
    }

    private void closeLeg() {
        if (leg != null && message != null) {
            message.legs.add(leg.build());
        }
        leg = null;
    }

    private void party(EdiSegment nad) {
        TravellerRole role = TravellerRole.ofQualifier(nad.value(1));
        if (role == null) {
            return; // the reporting party (MS) or another contact, not a traveller
        }
        currentMessage(nad);
        closeTraveller();
        closeLeg();
        traveller = new TravellerBuilder(nad, role, dates);
    }

    private void closeTraveller() {
        if (traveller != null && message != null) {
            message.travellers.add(traveller.build());
        }
        traveller = null;
    }

    private void count(EdiSegment cnt) {
        MessageState current = currentMessage(cnt);
        closeTraveller();
        String qualifier = cnt.value(1, 1);
        String stated = cnt.value(1, 2);
        TravellerRole counted = switch (qualifier) {
            case "42" -> TravellerRole.PASSENGER;
            case "41" -> TravellerRole.CREW;
            default -> null;
        };
        if (counted == null || !stated.matches("\\d+")) {
            return;
        }
        // Carriers often send 42 for a crew list too, so count everyone the message lists.
        long actual = current.travellers.size();
        if (Long.parseLong(stated) != actual) {
            current.problems.add(PaxlstProblem.coded(
                    Severity.WARNING,
                    cnt.position(),
                    cnt.tag(),
                    "countDiffers",
                    "the message states " + stated + " travellers but lists " + actual,
                    stated,
                    actual));
        }
    }

    private void body(EdiSegment segment) {
        if (traveller != null) {
            traveller.add(segment);
        } else if (leg != null) {
            leg.add(segment);
        }
    }

    private void assignPendingBefore(int position) {
        while (!pending.isEmpty() && pending.peek().segmentPosition() < position) {
            addToCurrent(pending.poll());
        }
    }

    private void assignPendingAt(EdiSegment segment) {
        while (!pending.isEmpty() && pending.peek().segmentPosition() == segment.position()) {
            PaxlstProblem problem = pending.poll();
            if (INTERCHANGE_TAGS.contains(segment.tag()) || message == null) {
                interchangeProblems.add(problem);
            } else if (MESSAGE_TAGS.contains(segment.tag()) || traveller == null) {
                message.problems.add(problem);
            } else {
                traveller.problem(problem);
            }
        }
    }

    private void addToCurrent(PaxlstProblem problem) {
        if (traveller != null) {
            traveller.problem(problem);
        } else if (message != null) {
            message.problems.add(problem);
        } else {
            interchangeProblems.add(problem);
        }
    }
}

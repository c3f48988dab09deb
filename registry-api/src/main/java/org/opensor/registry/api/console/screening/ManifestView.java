package org.opensor.registry.api.console.screening;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.screening.ManifestChanges;
import org.opensor.registry.api.screening.ManifestScreening.ManifestResult;
import org.opensor.registry.api.screening.ManifestScreening.TravellerResult;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.document.paxlst.FlightLeg;
import org.opensor.registry.matching.document.paxlst.ManifestTraveller;
import org.opensor.registry.matching.document.paxlst.PaxlstInterchange;
import org.opensor.registry.matching.document.paxlst.PaxlstProblem;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A screened manifest as the officer reads it: the flight and its legs (from the manifest as sent), every
 * traveller with the hits first, and the segments that could not be read, by position, for the airline.
 *
 * @param carrier  e.g. {@code OS}; null when the manifest names none
 * @param flight   e.g. {@code OS101}
 * @param legs     every leg of every message, in order
 * @param results  travellers with hits first (best score first), then those that could not be screened, then the rest in manifest order
 * @param problems every problem of the interchange, by segment position
 * @param version  of the manifest under its sender and reference: 2 and more for corrected or other copies
 * @param changes  against the previous version, or null
 * @param borderPost where the hits were raised, and {@code crossingLeg} the leg it was taken from (or null)
 * @param travellerProblems each traveller's problems in the manifest as sent, by the position of its NAD segment
 */
public record ManifestView(
        String sender,
        String controlReference,
        boolean resubmitted,
        String carrier,
        String flight,
        List<Leg> legs,
        int travellers,
        int hitCount,
        List<TravellerResult> results,
        List<Problem> problems,
        int version,
        ManifestChanges changes,
        String borderPost,
        String direction,
        Integer crossingLeg,
        Map<Integer, List<Problem>> travellerProblems) {

    public record Leg(String from, String departure, String to, String arrival) {}

    /**
     * A problem of the manifest as sent: {@code message} is the parser's English; {@code code} and {@code arguments}
     * word it as {@code paxlst.<code>} in the reader's language, unless the code is {@code worded}.
     */
    public record Problem(
            boolean error,
            int segmentPosition,
            String segmentTag,
            String message,
            String code,
            List<String> arguments) {

        /** Whether only the parser's English words this problem (shown marked as English). */
        public boolean worded() {
            return PaxlstProblem.WORDED.equals(code);
        }

        public String key() {
            return "paxlst." + code;
        }
    }

    static ManifestView of(PaxlstInterchange sent, ManifestResult result) {
        List<FlightLeg> every =
                sent.messages().stream().flatMap(m -> m.legs().stream()).toList();
        List<FlightLeg> legs = every.stream().distinct().toList();
        FlightLeg first = legs.isEmpty() ? null : legs.getFirst();
        FlightLeg shown = result.crossingLeg() == null ? first : every.get(result.crossingLeg() - 1);
        return new ManifestView(
                result.sender(),
                result.controlReference(),
                result.resubmitted(),
                shown == null ? null : shown.carrier(),
                shown == null ? result.flight() : shown.flight(),
                legs.stream()
                        .map(l -> new Leg(l.departureFrom(), when(l.departure()), l.arrivalAt(), when(l.arrival())))
                        .toList(),
                result.travellers(),
                result.hitCount(),
                ordered(result.results()),
                sent.allProblems().stream()
                        .sorted(Comparator.comparingInt(PaxlstProblem::segmentPosition))
                        .map(ManifestView::problem)
                        .toList(),
                result.version(),
                result.changes(),
                result.borderPost(),
                result.direction(),
                result.crossingLeg(),
                sent.travellers().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                ManifestTraveller::segmentPosition,
                                t -> t.problems().stream()
                                        .map(ManifestView::problem)
                                        .toList(),
                                (a, b) -> a)));
    }

    private static Problem problem(PaxlstProblem p) {
        return new Problem(p.isError(), p.segmentPosition(), p.segmentTag(), p.message(), p.code(), p.arguments());
    }

    /**
     * A traveller's problems, worded from their codes where the manifest as sent gives them, else in the API's
     * English (the words of a result screened earlier).
     */
    public List<Problem> problemsOf(TravellerResult traveller) {
        List<Problem> coded = travellerProblems.getOrDefault(traveller.segmentPosition(), List.of());
        if (!coded.isEmpty() || traveller.problems().isEmpty()) {
            return coded;
        }
        return traveller.problems().stream()
                .map(english -> new Problem(false, 0, "", english, PaxlstProblem.WORDED, List.of()))
                .toList();
    }

    /** Travellers whose data the airline sent with problems (screened on what could be read, if anything). */
    public long withProblems() {
        return results.stream().filter(r -> !r.problems().isEmpty()).count();
    }

    public String roleLabel(String role) {
        return ConsoleText.first(role, null, "manifest.role." + role);
    }

    /** The changed fields of a traveller in the reader's words ({@code documentNumber} → "document number"). */
    public String fieldLabels(java.util.List<String> fields) {
        return String.join(
                ", ",
                fields.stream()
                        .map(f -> ConsoleText.first(f, null, "field." + f))
                        .toList());
    }

    private static List<TravellerResult> ordered(List<TravellerResult> results) {
        return results.stream()
                .sorted(Comparator.comparingInt(ManifestView::rank)
                        .thenComparing(Comparator.comparingDouble(ManifestView::bestScore)
                                .reversed())
                        .thenComparingInt(TravellerResult::segmentPosition))
                .toList();
    }

    private static int rank(TravellerResult r) {
        return !r.hits().isEmpty() ? 0 : !r.problems().isEmpty() ? 1 : 2;
    }

    private static double bestScore(TravellerResult r) {
        return r.hits().stream().mapToDouble(IdentityHit::score).max().orElse(0);
    }

    /** A flight's local time at its airport, as the airline sent it, written as the reader's language writes dates. */
    private static String when(LocalDateTime at) {
        return ConsoleDates.wallClock(at, LocaleContextHolder.getLocale());
    }
}

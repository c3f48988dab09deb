package org.opensor.registry.matching.document.paxlst;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import org.opensor.registry.matching.document.Severity;

/** Collects one leg of segment group 2/3: TDT, then LOC with DTM for departure and arrival. */
final class FlightLegBuilder {

    private final String flight;
    private final String carrier;
    private final EdifactDates dates;
    private final List<PaxlstProblem> problems;
    private String departureFrom;
    private LocalDateTime departure;
    private String arrivalAt;
    private LocalDateTime arrival;

    FlightLegBuilder(EdiSegment tdt, EdifactDates dates, List<PaxlstProblem> problems) {
        this.flight = blankToNull(tdt.value(2));
        this.carrier = blankToNull(tdt.value(5));
        this.dates = dates;
        this.problems = problems;
        if (flight == null) {
            problems.add(PaxlstProblem.coded(
                    Severity.WARNING, tdt.position(), tdt.tag(), "noFlightNumber", "no flight number"));
        }
    }

    void add(EdiSegment segment) {
        if (segment.tag().equals("LOC")) {
            String place = blankToNull(segment.value(2));
            switch (segment.value(1)) {
                case "125" -> departureFrom = place;
                case "87" -> arrivalAt = place;
                // D05B guides use 92 (routing) for both ends: the first is where the leg starts.
                case "92" -> {
                    if (departureFrom == null) {
                        departureFrom = place;
                    } else {
                        arrivalAt = place;
                    }
                }
                default -> {}
            }
        } else if (segment.tag().equals("DTM")) {
            try {
                switch (segment.value(1, 1)) {
                    case "189" -> departure = dates.flightTime(segment.value(1, 2), segment.value(1, 3));
                    case "232" -> arrival = dates.flightTime(segment.value(1, 2), segment.value(1, 3));
                    default -> {}
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                problems.add(PaxlstProblem.coded(
                        Severity.WARNING,
                        segment.position(),
                        segment.tag(),
                        "flightTimeNotATime",
                        "flight time '" + segment.value(1, 2) + "' is not a date and time: " + e.getMessage(),
                        segment.value(1, 2)));
            }
        }
    }

    FlightLeg build() {
        return new FlightLeg(flight, carrier, departureFrom, departure, arrivalAt, arrival);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

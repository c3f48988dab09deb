package org.opensor.registry.matching.document.paxlst;

import java.util.List;

/**
 * One PAXLST message (UNH to UNT).
 *
 * @param reference          UNH message reference number
 * @param release            directory version and release, e.g. {@code D02B} or {@code D05B}
 * @param documentNameCode   BGM code: {@code 745} passenger list, {@code 250} crew list, {@code 266} flight
 *                           manifest; null if missing
 * @param legs               the flight legs in order
 * @param travellers         every traveller, readable or not
 * @param problems           problems outside any traveller (header, legs, counts, trailer)
 */
public record PaxlstMessage(
        String reference,
        String release,
        String documentNameCode,
        List<FlightLeg> legs,
        List<ManifestTraveller> travellers,
        List<PaxlstProblem> problems) {

    public PaxlstMessage {
        legs = List.copyOf(legs);
        travellers = List.copyOf(travellers);
        problems = List.copyOf(problems);
    }
}

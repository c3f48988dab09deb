package org.opensor.registry.matching.document.paxlst;

import java.util.List;
import java.util.Optional;

/**
 * The leg of a manifest's itinerary that crosses the border of the screening state: one end at a port of that
 * state, the other abroad. A flight with a domestic leg before or after the international one is screened at the
 * port where it enters or leaves the state, not at the first leg's arrival.
 *
 * @param legNumber  1-based position of the leg among the manifest's legs
 * @param leg        the leg itself
 * @param borderPost the state's port on that leg: where the flight arrives, or where it leaves from
 * @param direction  {@code ARRIVAL} into the state or {@code DEPARTURE} out of it
 */
public record BorderCrossing(int legNumber, FlightLeg leg, String borderPost, String direction) {

    /**
     * @param state     ISO 3166-1 alpha-3 code of the screening state
     * @param direction {@code ARRIVAL} or {@code DEPARTURE} to choose only such a crossing, or null for the first
     *                  crossing either way
     * @return the first leg that crosses the state's border (in the direction asked), or empty if none does
     */
    public static Optional<BorderCrossing> find(
            List<FlightLeg> legs, String state, PortCountries ports, String direction) {
        for (int i = 0; i < legs.size(); i++) {
            FlightLeg leg = legs.get(i);
            if (leg.departureFrom() == null || leg.arrivalAt() == null) {
                continue;
            }
            boolean leavesState = isInState(leg.departureFrom(), state, ports);
            boolean entersState = isInState(leg.arrivalAt(), state, ports);
            if (leavesState == entersState) {
                continue; // domestic, or abroad altogether
            }
            String way = entersState ? "ARRIVAL" : "DEPARTURE";
            if (direction == null || direction.equals(way)) {
                return Optional.of(
                        new BorderCrossing(i + 1, leg, entersState ? leg.arrivalAt() : leg.departureFrom(), way));
            }
        }
        return Optional.empty();
    }

    private static boolean isInState(String port, String state, PortCountries ports) {
        return ports.countryOf(port).map(state::equals).orElse(false);
    }
}

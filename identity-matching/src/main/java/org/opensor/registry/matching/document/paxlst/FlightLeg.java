package org.opensor.registry.matching.document.paxlst;

import java.time.LocalDateTime;

/**
 * One leg of the flight a manifest covers (TDT with its LOC and DTM). Components are null when not sent.
 *
 * @param flight        TDT conveyance reference, e.g. {@code UA0989}
 * @param carrier       TDT carrier code, e.g. {@code UA}
 * @param departureFrom LOC+125 (or the first LOC+92) airport, e.g. {@code FRA}
 * @param departure     DTM+189, local time as sent
 * @param arrivalAt     LOC+87 (or the second LOC+92) airport
 * @param arrival       DTM+232, local time as sent
 */
public record FlightLeg(
        String flight,
        String carrier,
        String departureFrom,
        LocalDateTime departure,
        String arrivalAt,
        LocalDateTime arrival) {}

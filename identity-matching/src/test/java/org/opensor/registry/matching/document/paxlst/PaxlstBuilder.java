package org.opensor.registry.matching.document.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * Test data builder for a D05B passenger list (PAXLST) of flight OS101, Bangkok to Phnom Penh, 1 March 2026, with the
 * segment and passenger counts right, so a test names only its passengers. Shared with the other modules' tests
 * through this module's test jar. Values go in as EDIFACT text: a test escapes what needs escaping.
 */
public final class PaxlstBuilder {

    private final String reference;
    private final List<List<String>> passengers = new ArrayList<>();
    private final List<String> legs = new ArrayList<>();
    private Integer declaredCount;

    private PaxlstBuilder(String reference) {
        this.reference = reference;
    }

    /** @param reference the interchange reference (UNB and UNZ), which makes a manifest the same one when resent */
    public static PaxlstBuilder flightOs101(String reference) {
        return new PaxlstBuilder(reference);
    }

    /**
     * A passenger (NAD+FL); each of the others may be null and its segment is then left out.
     *
     * @param birth    what follows {@code DTM+329:}, e.g. {@code 700512} or {@code 19700512:102}
     * @param passport a passport number (DOC+P), with its expiry ({@code DTM+36}, YYMMDD) if given
     */
    public PaxlstBuilder passenger(
            String surname,
            String givenNames,
            Character sex,
            String birth,
            String nationality,
            String passport,
            String expiry) {
        List<String> segments = new ArrayList<>();
        segments.add("NAD+FL+++" + surname + (givenNames == null ? "" : ":" + givenNames));
        if (sex != null) {
            segments.add("ATT+2++" + sex);
        }
        if (birth != null) {
            segments.add("DTM+329:" + birth);
        }
        if (nationality != null) {
            segments.add("NAT+2+" + nationality);
        }
        if (passport != null) {
            segments.add("DOC+P:110:111+" + passport);
            if (expiry != null) {
                segments.add("DTM+36:" + expiry);
            }
        }
        passengers.add(segments);
        return this;
    }

    /**
     * A leg of the itinerary, in order (D05B routing: LOC+92 at both ends); when none is given the manifest has the
     * one leg Bangkok to Phnom Penh.
     *
     * @param departure what follows {@code DTM+189:}, e.g. {@code 2603010930}
     */
    public PaxlstBuilder leg(String flight, String from, String departure, String to, String arrival) {
        legs.addAll(List.of(
                "TDT+20+" + flight + "+++" + flight.substring(0, 2),
                "LOC+92+" + from,
                "DTM+189:" + departure + ":201",
                "LOC+92+" + to,
                "DTM+232:" + arrival + ":201"));
        return this;
    }

    /** The count the CNT segment declares, when it should disagree with the passengers listed. */
    public PaxlstBuilder declaringCount(int count) {
        declaredCount = count;
        return this;
    }

    /** The interchange, one segment a line. */
    public String build() {
        List<String> message = new ArrayList<>(List.of(
                "UNH+MSG001+PAXLST:D:05B:UN:IATA+OS101/260301/0900+01:F", "BGM+745", "NAD+MS+++RESERVATIONS DESK"));
        message.addAll(
                legs.isEmpty()
                        ? List.of(
                                "TDT+20+OS101+++OS",
                                "LOC+125+BKK",
                                "DTM+189:2603011200:201",
                                "LOC+87+PNH",
                                "DTM+232:2603011310:201")
                        : legs);
        passengers.forEach(message::addAll);
        message.add("CNT+42:" + (declaredCount == null ? passengers.size() : declaredCount));
        message.add("UNT+" + (message.size() + 1) + "+MSG001");
        StringBuilder edifact = new StringBuilder("UNA:+.? '\n")
                .append("UNB+UNOA:4+OPENSOR AIR:ZZ+KHM APIS:ZZ+20260301:0900+")
                .append(reference)
                .append("++APIS'\n")
                .append("UNG+PAXLST+OPENSOR AIR+KHM APIS+20260301:0900+1+UN+D:05B'\n");
        message.forEach(segment -> edifact.append(segment).append("'\n"));
        return edifact.append("UNE+1+1'\n")
                .append("UNZ+1+")
                .append(reference)
                .append("'\n")
                .toString();
    }
}

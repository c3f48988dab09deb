package org.opensor.registry.matching.document.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Which leg of a multi-leg manifest crosses the border of the screening state, and where. */
class BorderCrossingTest {

    static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    static final Path GTAS_MULTI_LEG = Path.of("/work/shared/data/paxlst/gtas_apisMessage_D05B.txt");

    /** Domestic leg first (Siem Reap to Phnom Penh), then the international one (Phnom Penh to Seoul). */
    static final String DOMESTIC_THEN_INTERNATIONAL = """
            UNA:+.? '
            UNB+UNOA:4+OPENSOR AIR:ZZ+KHM APIS:ZZ+20260301:0900+LEGS0001++APIS'
            UNH+MSG001+PAXLST:D:05B:UN:IATA'
            BGM+250'
            NAD+MS+++CREW DESK'
            TDT+20+OS210+++OS'
            LOC+92+REP'
            DTM+189:2603010700:201'
            LOC+92+PNH'
            DTM+232:2603010800:201'
            TDT+20+OS211+++OS'
            LOC+92+PNH'
            DTM+189:2603010930:201'
            LOC+92+ICN'
            DTM+232:2603011650:201'
            NAD+FM+++LY:DARA'
            ATT+2++M'
            DTM+329:800101'
            CNT+42:1'
            UNT+19+MSG001'
            UNZ+1+LEGS0001'
            """;

    final PaxlstParser parser = new PaxlstParser(MARCH_2026);
    final PortCountries ports = PortCountries.builtIn();

    @Test
    void theInternationalLegIsTheCrossingOneEvenWhenADomesticLegComesFirst() {
        List<FlightLeg> legs =
                parser.parse(DOMESTIC_THEN_INTERNATIONAL).messages().getFirst().legs();

        BorderCrossing crossing = BorderCrossing.find(legs, "KHM", ports, null).orElseThrow();

        assertThat(legs).hasSize(2);
        assertThat(crossing.legNumber()).isEqualTo(2);
        assertThat(crossing.leg().flight()).isEqualTo("OS211");
        assertThat(crossing.leg().departure()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30));
        assertThat(crossing.borderPost()).isEqualTo("PNH");
        assertThat(crossing.direction()).isEqualTo("DEPARTURE");
    }

    @Test
    void anArrivalFromAbroadIsPickedWhenTheDomesticLegFollows() {
        List<FlightLeg> legs = List.of(
                new FlightLeg("TG580", "TG", "BKK", null, "PNH", null),
                new FlightLeg("K6101", "K6", "PNH", null, "REP", null));

        BorderCrossing crossing = BorderCrossing.find(legs, "KHM", ports, null).orElseThrow();

        assertThat(crossing.legNumber()).isEqualTo(1);
        assertThat(crossing.borderPost()).isEqualTo("PNH");
        assertThat(crossing.direction()).isEqualTo("ARRIVAL");
    }

    @Test
    void theRequestedDirectionChoosesBetweenAnArrivalAndADeparture() {
        List<FlightLeg> legs = List.of(
                new FlightLeg("TG580", "TG", "BKK", null, "PNH", null),
                new FlightLeg("TG581", "TG", "PNH", null, "BKK", null));

        assertThat(BorderCrossing.find(legs, "KHM", ports, "DEPARTURE")
                        .orElseThrow()
                        .legNumber())
                .isEqualTo(2);
        assertThat(BorderCrossing.find(legs, "KHM", ports, "ARRIVAL")
                        .orElseThrow()
                        .legNumber())
                .isEqualTo(1);
    }

    @Test
    void noLegCrossesWhenNoPortIsTheStatesAndConfiguredPortsCount() {
        List<FlightLeg> legs = List.of(new FlightLeg("XY1", "XY", "AAA", null, "BBB", null));

        assertThat(BorderCrossing.find(legs, "KHM", ports, null)).isEmpty();
        assertThat(BorderCrossing.find(legs, "KHM", ports.with(Map.of("BBB", "KHM")), null))
                .hasValueSatisfying(c -> assertThat(c.borderPost()).isEqualTo("BBB"));
    }

    @Test
    @EnabledIf("gtasFilePresent")
    void gtasMultiLegFileReadsEveryLegWithItsDates() throws Exception {
        List<FlightLeg> legs = parser.parse(Files.readString(GTAS_MULTI_LEG))
                .messages()
                .getFirst()
                .legs();

        assertThat(legs).extracting(FlightLeg::departureFrom).containsExactly("ATL", "ORD");
        assertThat(legs).extracting(FlightLeg::arrivalAt).containsExactly("ORD", "JFK");
        assertThat(legs).allSatisfy(leg -> assertThat(leg.departure()).isNotNull());
        assertThat(BorderCrossing.find(legs, "KHM", ports, null))
                .as("all of it inside the United States")
                .isEmpty();
        assertThat(BorderCrossing.find(legs, "USA", ports, null)).isEmpty();
    }

    static boolean gtasFilePresent() {
        return Files.isReadable(GTAS_MULTI_LEG);
    }
}

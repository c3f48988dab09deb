package org.opensor.registry.matching.document.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.Severity;
import org.opensor.registry.matching.document.TravelDocument;

/**
 * Manifests written for these tests after the segment layout of the US CBP and IATA/WCO PAXLST implementation
 * guides (UNB, UNH, BGM, NAD+MS, TDT, LOC/DTM, then per traveller NAD, ATT, DTM, LOC, NAT, DOC, DTM, LOC).
 */
class PaxlstParserTest {

    static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    final PaxlstParser parser = new PaxlstParser(MARCH_2026);

    /** Syntax version 4 with a UNA whose 5th character is a space, one segment per line. */
    static final String PASSENGERS_D05B = """
            UNA:+.? '
            UNB+UNOA:4+OPENSOR AIR:ZZ+KHM APIS:ZZ+20260301:0900+INTCH0001++APIS'
            UNG+PAXLST+OPENSOR AIR+KHM APIS+20260301:0900+1+UN+D:05B'
            UNH+MSG001+PAXLST:D:05B:UN:IATA+OS101/260301/0900+01:F'
            BGM+745'
            NAD+MS+++RESERVATIONS DESK'
            TDT+20+OS101+++OS'
            LOC+125+BKK'
            DTM+189:2603011200:201'
            LOC+87+PNH'
            DTM+232:2603011310:201'
            NAD+FL+++SMITH:JOHN PAUL'
            ATT+2++M'
            DTM+329:700512'
            LOC+178+BKK'
            LOC+179+PNH'
            NAT+2+GBR'
            DOC+P:110:111+123456789'
            DTM+36:300101'
            LOC+91+GBR'
            NAD+FL+++O?'BRIEN:MARY'
            ATT+2++F'
            DTM+329:19880230'
            NAT+2+IRL'
            DOC+P:110:111+PA9876543'
            DTM+36:20310615:102'
            LOC+91+IRL'
            NAD+FL+++CHANN:SOKHA'
            ATT+2++M'
            DTM+329:051120'
            NAT+2+KHM'
            DOC+P:110:111+N0123456'
            DTM+36:290101'
            LOC+91+KHM'
            DOC+V:110:111+V555'
            LOC+91+THA'
            CNT+42:3'
            UNT+35+MSG001'
            UNE+1+1'
            UNZ+1+INTCH0001'
            """;

    /** Syntax version 3 without UNA (default separators), crew list, all on one line. */
    static final String CREW_D02B_ONE_LINE = "UNB+UNOA:3+CARRIER+DESTINATION+260301:0600+CREW0042'"
            + "UNH+1+PAXLST:D:02B:UN:IATA'BGM+250+C'NAD+MS+++OPS'TDT+20+XY0123+++XY'LOC+125+SIN'"
            + "DTM+189:2603010800:201'LOC+87+PNH'DTM+232:2603010930:201'"
            + "NAD+FM+++NGUYEN:LAN'ATT+2++F'DTM+329:850101'NAT+2+VNM'DOC+P+C1234567'DTM+36:280303'LOC+91+VNM'"
            + "NAD+FM+++TAN:WEI MING'ATT+2++M'DTM+329:790909'NAT+2+SGP'DOC+P+E7654321'"
            + "CNT+41:2'UNT+20+1'UNZ+1+CREW0042'";

    @Test
    void readsEnvelopeLegAndEveryPassenger() {
        PaxlstInterchange interchange = parser.parse(PASSENGERS_D05B);

        assertThat(interchange.syntaxVersion()).isEqualTo(4);
        assertThat(interchange.controlReference()).isEqualTo("INTCH0001");
        assertThat(interchange.messages()).singleElement().satisfies(message -> {
            assertThat(message.reference()).isEqualTo("MSG001");
            assertThat(message.release()).isEqualTo("D05B");
            assertThat(message.documentNameCode()).isEqualTo("745");
            assertThat(message.legs())
                    .containsExactly(new FlightLeg(
                            "OS101",
                            "OS",
                            "BKK",
                            LocalDateTime.of(2026, 3, 1, 12, 0),
                            "PNH",
                            LocalDateTime.of(2026, 3, 1, 13, 10)));
        });
        assertThat(interchange.travellers())
                .extracting(t -> t.holder().surname())
                .containsExactly("SMITH", "O'BRIEN", "CHANN");
    }

    @Test
    void spaceAsFifthUnaCharacterDoesNotSplitNames() {
        ManifestTraveller smith = parser.parse(PASSENGERS_D05B).travellers().getFirst();

        assertThat(smith.holder().givenNames()).containsExactly("JOHN", "PAUL");
        assertThat(smith.role()).isEqualTo(TravellerRole.PASSENGER);
        assertThat(smith.holder().sex()).isEqualTo(Sex.MALE);
        assertThat(smith.holder().dateOfBirth()).isEqualTo(PartialDate.of(1970, 5, 12));
        assertThat(smith.holder().nationality()).isEqualTo("GBR");
        assertThat(smith.holder().documents())
                .containsExactly(new TravelDocument("P", "123456789", "GBR", LocalDate.of(2030, 1, 1)));
        assertThat(smith.embarkation()).isEqualTo("BKK");
        assertThat(smith.debarkation()).isEqualTo("PNH");
        assertThat(smith.problems()).isEmpty();
    }

    @Test
    void eachDocumentKeepsItsOwnExpiryAndIssuingCountry() {
        ManifestTraveller chann = parser.parse(PASSENGERS_D05B).travellers().get(2);

        assertThat(chann.holder().dateOfBirth())
                .as("two-digit year in the past")
                .isEqualTo(PartialDate.of(2005, 11, 20));
        assertThat(chann.holder().documents())
                .containsExactly(
                        new TravelDocument("P", "N0123456", "KHM", LocalDate.of(2029, 1, 1)),
                        new TravelDocument("V", "V555", "THA", null));
    }

    @Test
    void badDateOfBirthMarksThatTravellerOnly() {
        PaxlstInterchange interchange = parser.parse(PASSENGERS_D05B);
        ManifestTraveller obrien = interchange.travellers().get(1);

        assertThat(obrien.isReadable()).isFalse();
        assertThat(obrien.problems()).singleElement().satisfies(p -> {
            assertThat(p.segmentTag()).isEqualTo("DTM");
            assertThat(p.segmentPosition()).isEqualTo(23);
            assertThat(p.message()).contains("19880230");
        });
        assertThat(obrien.holder().documents())
                .extracting(TravelDocument::expiry)
                .containsExactly(LocalDate.of(2031, 6, 15));
        assertThat(interchange.travellers())
                .filteredOn(ManifestTraveller::isReadable)
                .hasSize(2);
    }

    @Test
    void crewListWithDefaultSeparatorsOnOneLine() {
        PaxlstInterchange interchange = parser.parse(CREW_D02B_ONE_LINE);

        assertThat(interchange.syntaxVersion()).isEqualTo(3);
        assertThat(interchange.controlReference()).isEqualTo("CREW0042");
        PaxlstMessage message = interchange.messages().getFirst();
        assertThat(message.release()).isEqualTo("D02B");
        assertThat(message.documentNameCode()).isEqualTo("250");
        assertThat(message.travellers()).extracting(ManifestTraveller::role).containsOnly(TravellerRole.CREW);
        assertThat(message.travellers())
                .extracting(t -> t.holder().givenNamesJoined())
                .containsExactly("LAN", "WEI MING");
        assertThat(interchange.allProblems()).filteredOn(PaxlstProblem::isError).isEmpty();
    }

    @Test
    void anySeparatorsDeclaredInUna() {
        String alternative = PASSENGERS_D05B
                .replace("UNA:+.? '", "UNA|*,! ~")
                .replace("+", "*")
                .replace(":", "|")
                .replace("'\n", "~\n")
                .replace("?'", "!'");

        PaxlstInterchange interchange = parser.parse(alternative);

        assertThat(interchange.controlReference()).isEqualTo("INTCH0001");
        assertThat(interchange.travellers())
                .extracting(t -> t.holder().surname())
                .containsExactly("SMITH", "O'BRIEN", "CHANN");
        assertThat(interchange.travellers().getFirst().holder().givenNames()).containsExactly("JOHN", "PAUL");
    }

    @Test
    void brokenSegmentIsReportedWithItsPositionAndTheOthersStillComeOut() {
        String broken = PASSENGERS_D05B.replace("ATT+2++F'", "A?T#2++F'");

        PaxlstInterchange interchange = parser.parse(broken);

        assertThat(interchange.travellers()).hasSize(3);
        ManifestTraveller obrien = interchange.travellers().get(1);
        assertThat(obrien.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.segmentPosition()).isEqualTo(22);
            assertThat(p.toString()).startsWith("ERROR segment 22 (A?T#2):");
        });
        assertThat(interchange.travellers().get(2).isReadable()).isTrue();
    }

    @Test
    void travellerWithoutANameIsAnErrorOfThatTraveller() {
        PaxlstInterchange interchange = parser.parse(PASSENGERS_D05B.replace("NAD+FL+++CHANN:SOKHA'", "NAD+FL'"));

        ManifestTraveller nameless = interchange.travellers().get(2);
        assertThat(nameless.isReadable()).isFalse();
        assertThat(nameless.problems()).anySatisfy(p -> assertThat(p.message()).contains("no surname"));
        assertThat(nameless.holder().documents())
                .as("the rest of the traveller is kept")
                .hasSize(2);
    }

    @Test
    void wrongTrailerCountsAreWarnings() {
        PaxlstInterchange interchange = parser.parse(
                PASSENGERS_D05B.replace("CNT+42:3'", "CNT+42:4'").replace("UNT+35+MSG001'", "UNT+99+MSG001'"));

        assertThat(interchange.messages().getFirst().problems())
                .extracting(PaxlstProblem::segmentTag)
                .contains("CNT", "UNT");
        assertThat(interchange.allProblems())
                .filteredOn(PaxlstProblem::isError)
                .hasSize(1)
                .as("only the bad birth date of O'BRIEN is an error");
    }

    @Test
    void truncatedManifestKeepsWhatWasRead() {
        String truncated = PASSENGERS_D05B.substring(0, PASSENGERS_D05B.indexOf("NAD+FL+++CHANN"));

        PaxlstInterchange interchange = parser.parse(truncated);

        assertThat(interchange.travellers())
                .extracting(t -> t.holder().surname())
                .containsExactly("SMITH", "O'BRIEN");
        assertThat(interchange.allProblems()).isNotEmpty();
    }

    @Test
    void garbageAndEmptyInputDoNotThrow() throws Exception {
        assertThat(parser.parse("").allProblems()).isNotEmpty();
        assertThat(parser.parse("this is no manifest").travellers()).isEmpty();
        assertThat(parser.parse("this is no manifest").allProblems()).isNotEmpty();
        assertThat(parser.parse(new ByteArrayInputStream(CREW_D02B_ONE_LINE.getBytes(StandardCharsets.ISO_8859_1)))
                        .travellers())
                .hasSize(2);
    }

    @Test
    void aTravellerWithASingleNameIsReadableAndScreenedOnThatName() {
        PaxlstInterchange interchange =
                parser.parse(PASSENGERS_D05B.replace("NAD+FL+++CHANN:SOKHA'", "NAD+FL+++:SUKARNO'"));

        ManifestTraveller single = interchange.travellers().get(2);
        assertThat(single.isReadable()).as(single.problems().toString()).isTrue();
        assertThat(single.holder().toIdentity().orElseThrow().name().family()).isEqualTo("SUKARNO");
    }

    @Test
    void aNationalityThatIsNoCountryCodeIsAWarningAndIsNotScreened() {
        PaxlstInterchange interchange = parser.parse(PASSENGERS_D05B.replace("NAT+2+KHM'", "NAT+2+ZZZ'"));

        ManifestTraveller traveller = interchange.travellers().get(2);
        assertThat(traveller.isReadable()).isTrue();
        assertThat(traveller.holder().nationality()).isNull();
        assertThat(traveller.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("'ZZZ'").contains("ISO 3166-1 alpha-3");
        });
    }

    @Test
    void anIcaoNationalityIsKeptAsSentAndComparedAsItsCountry() {
        PaxlstInterchange interchange = parser.parse(PASSENGERS_D05B.replace("NAT+2+KHM'", "NAT+2+D'"));

        ManifestTraveller traveller = interchange.travellers().get(2);
        assertThat(traveller.problems()).isEmpty();
        assertThat(traveller.holder().nationality()).isEqualTo("D");
        assertThat(traveller.holder().toIdentity().orElseThrow().nationalities())
                .containsExactly("DEU");
    }
}

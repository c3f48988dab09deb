package org.opensor.registry.matching.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.matching.document.mrz.Td3Builder.aPassport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.Severity;
import org.opensor.registry.matching.document.TravelDocument;

/** Fixtures are the specimens printed in ICAO Doc 9303 parts 4 to 7 (Utopia, code UTO). */
class MrzParserTest {

    static final String SPECIMEN_TD3 = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";
    static final String SPECIMEN_TD1 = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";
    static final String SPECIMEN_TD2 = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6""";
    static final String SPECIMEN_MRV_A = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L8988901C4XXX4009078F96121096ZE184226B<<<<<<""";

    static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    final MrzParser parser = new MrzParser(MARCH_2026);

    @Nested
    class Specimens {

        @Test
        void icaoSpecimenPassportParsesWithEveryFieldRight() {
            MrzReading reading = parser.read(SPECIMEN_TD3);

            assertThat(reading.format()).isEqualTo(MrzFormat.TD3);
            assertThat(reading.errors()).isEmpty();
            assertThat(reading.isValid()).isTrue();
            assertThat(reading.documentCode()).isEqualTo("P");
            assertThat(reading.holder().surname()).isEqualTo("ERIKSSON");
            assertThat(reading.holder().givenNames()).containsExactly("ANNA", "MARIA");
            assertThat(reading.holder().dateOfBirth()).isEqualTo(PartialDate.of(1974, 8, 12));
            assertThat(reading.holder().sex()).isEqualTo(Sex.FEMALE);
            assertThat(reading.holder().nationality()).isEqualTo("UTO");
            assertThat(reading.document())
                    .isEqualTo(new TravelDocument("P", "L898902C3", "UTO", LocalDate.of(2012, 4, 15)));
            assertThat(reading.optionalData1()).as("personal number").isEqualTo("ZE184226B");
            assertThat(reading.documentExpired())
                    .as("expired in 2012, read in 2026")
                    .isTrue();
            assertThat(reading.warnings())
                    .as("expiry is a fact of the document, not an OCR slip")
                    .isEmpty();
        }

        @Test
        void td1SpecimenCard() {
            MrzReading reading = parser.read(SPECIMEN_TD1);

            assertThat(reading.format()).isEqualTo(MrzFormat.TD1);
            assertThat(reading.errors()).isEmpty();
            assertThat(reading.document().number()).isEqualTo("D23145890");
            assertThat(reading.document().type()).isEqualTo("I");
            assertThat(reading.holder().givenNamesJoined()).isEqualTo("ANNA MARIA");
            assertThat(reading.holder().dateOfBirth()).isEqualTo(PartialDate.of(1974, 8, 12));
        }

        @Test
        void td2SpecimenCard() {
            MrzReading reading = parser.read(SPECIMEN_TD2);

            assertThat(reading.format()).isEqualTo(MrzFormat.TD2);
            assertThat(reading.errors()).isEmpty();
            assertThat(reading.document().number()).isEqualTo("D23145890");
            assertThat(reading.holder().surname()).isEqualTo("ERIKSSON");
        }

        @Test
        void mrvASpecimenVisaHasNoComposite() {
            MrzReading reading = parser.read(SPECIMEN_MRV_A);

            assertThat(reading.format()).isEqualTo(MrzFormat.MRV_A);
            assertThat(reading.errors()).isEmpty();
            assertThat(reading.document().number()).isEqualTo("L8988901C");
            assertThat(reading.holder().nationality()).isEqualTo("XXX");
            assertThat(reading.holder().dateOfBirth()).isEqualTo(PartialDate.of(1940, 9, 7));
        }

        @Test
        void td1LongDocumentNumberContinuesInTheOptionalData() {
            // ICAO 9303 part 5: number D23145890734, check digit 9, '<' in the usual check digit position.
            MrzReading reading = parser.read("""
                    I<UTOD23145890<7349<<<<<<<<<<<
                    3407127M9507122UTO<<<<<<<<<<<2
                    STEVENSON<<PETER<JOHN<<<<<<<<<""");

            assertThat(reading.errors()).isEmpty();
            assertThat(reading.document().number()).isEqualTo("D23145890734");
            assertThat(reading.holder().dateOfBirth()).isEqualTo(PartialDate.of(1934, 7, 12));
            assertThat(reading.document().expiry()).isEqualTo(LocalDate.of(1995, 7, 12));
        }

        @Test
        void germanyIsDWithFillersAndAnEmptyPersonalNumberMayHaveAFillerCheckDigit() {
            MrzReading reading = parser.read("""
                    P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<
                    C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0""");

            assertThat(reading.errors()).isEmpty();
            assertThat(reading.document().issuingState()).isEqualTo("D");
            assertThat(reading.holder().nationality()).isEqualTo("D");
            assertThat(reading.warnings()).noneMatch(w -> w.message().contains("not a known state code"));
        }
    }

    @Nested
    class TolerantInput {

        @Test
        void lowerCaseCrlfAndSurroundingWhitespace() {
            String messy = "  \r\n" + SPECIMEN_TD3.toLowerCase().replace("\n", "\r\n") + "  \r\n\r\n";

            assertThat(parser.read(messy).holder())
                    .isEqualTo(parser.read(SPECIMEN_TD3).holder());
            assertThat(parser.read(messy).errors()).isEmpty();
        }

        @Test
        void zoneWithoutLineBreaksIsSplitByItsLength() {
            assertThat(parser.read(SPECIMEN_TD3.replace("\n", "")).format()).isEqualTo(MrzFormat.TD3);
            assertThat(parser.read(SPECIMEN_TD1.replace("\n", "")).format()).isEqualTo(MrzFormat.TD1);
            assertThat(parser.read(SPECIMEN_TD2.replace("\n", "")).errors()).isEmpty();
        }

        @Test
        void sexMayBeXOrUnspecified() {
            assertThat(parser.read(aPassport().sex("X").build()).holder().sex()).isEqualTo(Sex.OTHER);
            assertThat(parser.read(aPassport().sex("<").build()).holder().sex()).isEqualTo(Sex.UNKNOWN);
        }

        @Test
        void unknownDayAndMonthOfBirthGiveAPartialDate() {
            MrzReading reading = parser.read(aPassport().birth("74<<<<").build());

            assertThat(reading.errors()).isEmpty();
            assertThat(reading.holder().dateOfBirth()).isEqualTo(PartialDate.ofYear(1974));
        }
    }

    @Nested
    class Centuries {

        @Test
        void birthDatesLieInThePast() {
            assertThat(parser.read(aPassport().birth("251231").build())
                            .holder()
                            .dateOfBirth()
                            .year())
                    .as("end of 2025 has passed by March 2026")
                    .isEqualTo(2025);
            assertThat(parser.read(aPassport().birth("260302").build())
                            .holder()
                            .dateOfBirth()
                            .year())
                    .as("tomorrow cannot be a birth date")
                    .isEqualTo(1926);
        }

        @Test
        void expiryDatesLieAtMostTwentyYearsAhead() {
            assertThat(parser.read(aPassport().expiry("451231").build())
                            .document()
                            .expiry()
                            .getYear())
                    .isEqualTo(2045);
            assertThat(parser.read(aPassport().expiry("470101").build())
                            .document()
                            .expiry()
                            .getYear())
                    .isEqualTo(1947);
        }
    }

    @Nested
    class DamagedZones {

        @Test
        void wrongCheckDigitNamesFieldPositionExpectedAndFound() {
            String damaged = SPECIMEN_TD3.replace("L898902C36", "L898902C35");

            MrzReading reading = parser.read(damaged);

            assertThat(reading.isValid()).isFalse();
            assertThat(reading.errors()).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo("document number check digit");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.position()).isEqualTo(10);
                assertThat(e.expected()).isEqualTo("6");
                assertThat(e.found()).isEqualTo("5");
            });
            assertThat(reading.holder().surname()).as("the rest is still read").isEqualTo("ERIKSSON");
        }

        @Test
        void compositeCheckDigitIsVerified() {
            MrzReading reading = parser.read(SPECIMEN_TD3.substring(0, SPECIMEN_TD3.length() - 1) + "7");

            assertThat(reading.errors())
                    .singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("composite check digit"));
        }

        @Test
        void letterInADigitFieldIsCorrectedAndReported() {
            String slipped = SPECIMEN_TD3.replace("7408122F", "74O8122F");

            MrzReading reading = parser.read(slipped);

            assertThat(reading.isValid()).isTrue();
            assertThat(reading.holder().dateOfBirth()).isEqualTo(PartialDate.of(1974, 8, 12));
            assertThat(reading.warnings()).anySatisfy(w -> {
                assertThat(w.field()).isEqualTo("date of birth");
                assertThat(w.position()).isEqualTo(16);
                assertThat(w.toString()).contains("read 'O' as '0'");
            });
        }

        @Test
        void digitInANameIsCorrectedAndReported() {
            MrzReading reading = parser.read(SPECIMEN_TD3.replace("ERIKSSON", "ERIK5SON"));

            assertThat(reading.holder().surname()).isEqualTo("ERIKSSON");
            assertThat(reading.warnings())
                    .anySatisfy(w ->
                            assertThat(w.toString()).isEqualTo("WARNING name: read '5' as 'S' at line 1 position 10"));
        }

        @Test
        void slipInTheDocumentNumberIsRepairedOnlyWhenTheCheckDigitSaysSo() {
            MrzReading reading = parser.read(SPECIMEN_TD3.replace("L898902C3", "L8989O2C3"));

            assertThat(reading.isValid()).isTrue();
            assertThat(reading.document().number()).isEqualTo("L898902C3");
            assertThat(reading.warnings()).anySatisfy(w -> {
                assertThat(w.field()).isEqualTo("document number");
                assertThat(w.found()).isEqualTo("O");
                assertThat(w.expected()).isEqualTo("0");
                assertThat(w.position()).isEqualTo(6);
            });
        }

        @Test
        void shortLineIsReportedAndTheRestStillRead() {
            String shortLine = SPECIMEN_TD3.substring(0, SPECIMEN_TD3.length() - 3);

            MrzReading reading = parser.read(shortLine);

            assertThat(reading.format()).isEqualTo(MrzFormat.TD3);
            assertThat(reading.errors()).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo("line 2");
                assertThat(e.expected()).isEqualTo("44 characters");
                assertThat(e.found()).isEqualTo("41 characters");
            });
            assertThat(reading.document().number()).isEqualTo("L898902C3");
        }

        @Test
        void impossibleDateIsAnError() {
            MrzReading reading = parser.read(aPassport().birth("741332").build());

            assertThat(reading.holder().dateOfBirth()).isNull();
            assertThat(reading.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("date of birth"));
        }

        @Test
        void textThatIsNoMrzGivesOneClearError() {
            MrzReading reading = parser.read("hello world");

            assertThat(reading.format()).isNull();
            assertThat(reading.isValid()).isFalse();
            assertThat(reading.errors())
                    .singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("not a machine-readable zone"));
        }

        @Test
        void nullAndEmptyInputDoNotThrow() {
            assertThat(parser.read(null).isValid()).isFalse();
            assertThat(parser.read("").errors()).hasSize(1);
        }

        @Test
        void unknownStateCodeIsAWarningNotAnError() {
            MrzReading reading = parser.read(SPECIMEN_TD3.replace("P<UTO", "P<QQQ"));

            assertThat(reading.isValid()).isTrue();
            assertThat(reading.warnings()).anySatisfy(w -> {
                assertThat(w.severity()).isEqualTo(Severity.WARNING);
                assertThat(w.field()).isEqualTo("issuing state");
            });
        }
    }

    @Test
    void holderBecomesAnIdentityToScreen() {
        var identity = parser.read(SPECIMEN_TD3).holder().toIdentity().orElseThrow();

        assertThat(identity.name().family()).isEqualTo("ERIKSSON");
        assertThat(identity.name().given()).isEqualTo("ANNA MARIA");
        assertThat(identity.documentNumbers()).containsExactly("L898902C3");
        assertThat(identity.nationalities())
                .as("Utopia, ICAO's specimen state, is no country to compare")
                .isEmpty();
    }

    /** Documents a border post meets every day that the reader once refused or misread (issue 22). */
    @Nested
    class EveryIcaoDocument {

        @Test
        void aSinglePersonNamePassportIsReadAndScreenedWithTheOneNameAsFamilyName() {
            MrzReading reading = parser.read(aPassport()
                    .state("IDN")
                    .name("<<SUKARNO")
                    .personalNumber("")
                    .build());

            assertThat(reading.errors()).isEmpty();
            assertThat(reading.holder().surname())
                    .as("the primary identifier is empty on the document")
                    .isNull();
            assertThat(reading.holder().givenNames()).containsExactly("SUKARNO");
            var identity = reading.holder().toIdentity().orElseThrow();
            assertThat(identity.name().family()).isEqualTo("SUKARNO");
            assertThat(identity.name().given()).isNull();
        }

        @Test
        void aNameFieldWithNoNameAtAllIsStillAnError() {
            MrzReading reading = parser.read(aPassport().name("<<").build());

            assertThat(reading.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("name"));
        }

        @Test
        void aGermanPassportKeepsItsPrintedCodeAndComparesAsDeu() {
            MrzReading reading = parser.read(aPassport()
                    .state("D")
                    .name("MUSTERMANN<<ERIKA")
                    .personalNumber("")
                    .build());

            assertThat(reading.holder().nationality()).isEqualTo("D");
            assertThat(reading.document().issuingState()).isEqualTo("D");
            assertThat(reading.holder().toIdentity().orElseThrow().nationalities())
                    .containsExactly("DEU");
        }

        @Test
        void aStatelessPersonsTravelDocumentNamesNoNationalityToCompare() {
            MrzReading reading = parser.read(aPassport().state("XXA").build());

            assertThat(reading.warnings()).noneMatch(w -> w.message().contains("state code"));
            assertThat(reading.holder().toIdentity().orElseThrow().nationalities())
                    .isEmpty();
        }

        @Test
        void aValidPassportIsNotExpired() {
            MrzReading reading = parser.read(aPassport().expiry("300101").build());

            assertThat(reading.documentExpired()).isFalse();
        }

        @Test
        void aBelgianStyleTwelveDigitCardNumberIsReadAcrossTheOptionalData() {
            // ICAO 9303 part 5, 4.2.2: '<' at line 1 position 15, then the last three digits and their check digit.
            String number = "592123456789";
            String line1 = "IDBEL" + number.substring(0, 9) + "<" + number.substring(9) + CheckDigit.of(number);
            line1 = (line1 + "<".repeat(30)).substring(0, 30);
            String line2Start = "8512017F" + "3111046" + "BEL" + "<<<<<<<<<<<";
            String composite = line1.substring(5, 30)
                    + line2Start.substring(0, 7)
                    + line2Start.substring(8, 15)
                    + line2Start.substring(18, 29);
            String line2 = line2Start + CheckDigit.of(composite);

            MrzReading reading = parser.read(line1 + "\n" + line2 + "\nREINARTZ<<ULRIKE<KATIA<E<<<<<<");

            assertThat(reading.errors()).isEmpty();
            assertThat(reading.document().number()).isEqualTo(number);
        }
    }
}

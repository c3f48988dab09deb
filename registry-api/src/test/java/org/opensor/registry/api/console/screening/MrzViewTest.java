package org.opensor.registry.api.console.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.document.mrz.MrzParser;

/** What the screening page shows of an MRZ: the fields, the failed checks, and where on the lines they are. */
class MrzViewTest {

    private static final String LINE1 = "P<KHMKEOVANNA<<RITHISAK<<<<<<<<<<<<<<<<<<<<<";
    private static final String LINE2 = "N123456785KHM6811037M3102282<<<<<<<<<<<<<<0";

    private final MrzParser parser = new MrzParser(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aGoodPassportShowsItsFieldsAndNothingMarked() {
        String mrz = LINE1 + "\n" + LINE2 + check(LINE2);

        MrzView view = MrzView.of(parser.read(mrz));

        assertThat(view.format()).isEqualTo("TD3");
        assertThat(view.failures()).isEmpty();
        assertThat(view.fields())
                .contains(
                        new MrzView.Field("Surname", "KEOVANNA"),
                        new MrzView.Field("Document number", "N12345678"),
                        new MrzView.Field("Date of birth", "1968-11-03"),
                        new MrzView.Field("Document type", "P (passport)"));
        assertThat(view.markedLines())
                .allSatisfy(
                        line -> assertThat(line).extracting(MrzView.Piece::kind).containsOnly(""));
    }

    @Test
    void aDamagedCompositeCheckDigitIsListedAndMarkedWhereItStands() {
        char good = check(LINE2);
        String mrz = LINE1 + "\n" + LINE2 + (good == '1' ? '2' : '1');

        MrzView view = MrzView.of(parser.read(mrz));

        assertThat(view.failures()).singleElement().satisfies(f -> {
            assertThat(f.field()).contains("composite");
            assertThat(f.where()).isEqualTo("line 2, position 44");
        });
        List<MrzView.Piece> line2 = view.markedLines().get(1);
        assertThat(line2.getLast()).isEqualTo(new MrzView.Piece(String.valueOf(good == '1' ? '2' : '1'), "error"));
        assertThat(line2.getFirst().text()).isEqualTo(LINE2);
    }

    /** The composite check digit of a TD3 second line (everything but the name line, 7-3-1 weights). */
    private static char check(String line2) {
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < composite.length(); i++) {
            char c = composite.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }
}

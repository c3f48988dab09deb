package org.opensor.registry.api.console.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.TestBundles;
import org.opensor.registry.matching.document.mrz.MrzFinding;
import org.opensor.registry.matching.document.mrz.MrzParser;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What the screening page shows of an MRZ: the fields, the failed checks, and where on the lines they are. */
class MrzViewTest {

    private static final String LINE1 = "P<KHMKEOVANNA<<RITHISAK<<<<<<<<<<<<<<<<<<<<<";
    private static final String LINE2 = "N123456785KHM6811037M3102282<<<<<<<<<<<<<<0";

    private static final ResourceBundleMessageSource MESSAGES = messages();
    private static final Locale KHMER = Locale.forLanguageTag("km");

    private final MrzParser parser = new MrzParser(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aGoodPassportShowsItsFieldsAndNothingMarked() {
        String mrz = LINE1 + "\n" + LINE2 + check(LINE2);

        MrzView view = MrzView.of(parser.read(mrz), MESSAGES, Locale.ENGLISH);

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

        MrzView view = MrzView.of(parser.read(mrz), MESSAGES, Locale.ENGLISH);

        assertThat(view.failures()).singleElement().satisfies(f -> {
            assertThat(f.field()).contains("composite");
            assertThat(f.where()).isEqualTo("line 2, position 44");
        });
        List<MrzView.Piece> line2 = view.markedLines().get(1);
        assertThat(line2.getLast()).isEqualTo(new MrzView.Piece(String.valueOf(good == '1' ? '2' : '1'), "error"));
        assertThat(line2.getFirst().text()).isEqualTo(LINE2);
    }

    /**
     * Issue 25: a scanning slip the reader corrected, and the document's expiry, read in Khmer on a Khmer page: the
     * check, what was done, where and every label in Khmer, nothing left in the reader's English.
     */
    @Test
    void aCorrectedScanningSlipReadsInKhmer() {
        String slipped = LINE2.substring(0, 17) + "O" + LINE2.substring(18);
        String mrz = LINE1 + "\n" + slipped + check(LINE2);

        MrzView view = MrzView.of(parser.read(mrz), MESSAGES, KHMER);

        assertThat(view.failures()).isEmpty();
        assertThat(view.warnings()).singleElement().satisfies(w -> {
            assertThat(w.english()).isFalse();
            assertThat(w.field()).isEqualTo("ថ្ងៃខែឆ្នាំកំណើត");
            assertThat(w.message()).contains("«O»").contains("«0»").matches("(?s).*[\\u1780-\\u17FF].*");
            assertThat(w.where()).doesNotContainPattern("[A-Za-z]");
        });
        assertThat(view.fields())
                .extracting(MrzView.Field::label)
                .allSatisfy(label -> assertThat(label).doesNotContainPattern("[A-Za-z]"));
        assertThat(view.fields()).contains(new MrzView.Field("ប្រភេទឯកសារ", "P (លិខិតឆ្លងដែន)"));
    }

    /** Every code the MRZ reader gives a finding has its words in Khmer and in English. */
    @Test
    void everyFindingCodeIsWordedInBothLanguages() {
        Object[] arguments = {"O", "0", "44"};
        for (String code : MrzFinding.CODES) {
            String english = MESSAGES.getMessage("screening.mrz.finding." + code, arguments, Locale.ENGLISH);
            String khmer = MESSAGES.getMessage("screening.mrz.finding." + code, arguments, KHMER);
            assertThat(english).as(code).isNotBlank().isNotEqualTo(khmer);
            assertThat(khmer).as(code).matches("(?s).*[\\u1780-\\u17FF].*");
        }
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

    private static ResourceBundleMessageSource messages() {
        return TestBundles.of("i18n/console");
    }
}

package org.opensor.registry.matching.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised damage to valid zones, with a fixed seed so a failure can be replayed: the parser must never throw,
 * and damage the check digits can see must never pass silently.
 */
class MrzRobustnessTest {

    private static final long SEED = 9303L;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final List<String> VALID =
            List.of(MrzParserTest.SPECIMEN_TD3, MrzParserTest.SPECIMEN_TD1, MrzParserTest.SPECIMEN_TD2);

    private final MrzParser parser = new MrzParser(MrzParserTest.MARCH_2026);

    @Test
    void substitutionInCheckedDataIsNeverSilent() {
        Random random = new Random(SEED);
        for (int run = 0; run < 2_000; run++) {
            String zone = VALID.get(random.nextInt(VALID.size()));
            MrzReading original = parser.read(zone);
            MrzLayout layout = MrzLayout.of(original.format());
            List<MrzLayout.Span> checked = layout.compositeData();
            MrzLayout.Span span = checked.get(random.nextInt(checked.size()));
            int offset = random.nextInt(span.length());
            String[] lines = zone.split("\n");
            char[] line = lines[span.line() - 1].toCharArray();
            char before = line[span.start() - 1 + offset];
            char after = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            // The 7-3-1 scheme cannot see a change by a multiple of 10 in the value ('<' vs 'A', '1' vs 'B'...).
            if ((CheckDigit.valueOf(before) - CheckDigit.valueOf(after)) % 10 == 0) {
                continue;
            }
            line[span.start() - 1 + offset] = after;
            lines[span.line() - 1] = new String(line);
            String damaged = String.join("\n", lines);

            MrzReading reading = parser.read(damaged);

            assertThat(reading.findings()).as("damaged %s", damaged).isNotEqualTo(original.findings());
        }
    }

    @Test
    void insertionsDeletionsAndStrayCharactersNeverThrowAndShiftsAreReported() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < 2_000; run++) {
            String zone = VALID.get(random.nextInt(VALID.size()));
            StringBuilder damaged = new StringBuilder(zone);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && !damaged.isEmpty(); e++) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, (char) (33 + random.nextInt(94)));
                    default -> damaged.setCharAt(at, (char) (33 + random.nextInt(94)));
                }
            }
            String text = damaged.toString();
            MrzReading[] result = new MrzReading[1];

            assertThatCode(() -> result[0] = parser.read(text))
                    .as("input %s", text)
                    .doesNotThrowAnyException();
            // A character more or less (not counting line breaks) shifts every field after it.
            if (text.replace("\n", "").length() != zone.replace("\n", "").length()) {
                assertThat(result[0].findings())
                        .as("input %s", text)
                        .isNotEqualTo(parser.read(zone).findings());
            }
            // Issue 25: the console words each finding from its code; none may be known only by its English.
            assertThat(result[0].findings())
                    .as("input %s", text)
                    .allSatisfy(f -> assertThat(MrzFinding.CODES).contains(f.code()));
        }
    }
}

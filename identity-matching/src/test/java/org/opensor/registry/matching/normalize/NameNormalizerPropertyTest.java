package org.opensor.registry.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the normalizer checked over 2,000 generated names (fixed seed, so a failure repeats):
 * Latin with diacritics and punctuation, Cyrillic, Khmer and Thai, mixed.
 */
class NameNormalizerPropertyTest {

    private static final long SEED = 20261128L;
    private static final String ALPHABET = buildAlphabet();

    @Test
    void normalizingTwiceChangesNothing() {
        for (String name : names()) {
            String once = NameNormalizer.normalize(name);
            assertThat(NameNormalizer.normalize(once)).as("name '%s'", name).isEqualTo(once);
        }
    }

    @Test
    void outputIsLowerCaseAsciiWordsSeparatedBySingleSpaces() {
        for (String name : names()) {
            for (String form : NameNormalizer.latinForms(name)) {
                assertThat(form).as("name '%s'", name).matches("([a-z0-9]+( [a-z0-9]+)*)?");
            }
        }
    }

    private static List<String> names() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(25);
            for (int c = 0; c < length; c++) {
                name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            names.add(name.toString());
        }
        return names;
    }

    private static String buildAlphabet() {
        StringBuilder chars = new StringBuilder(" -'.,éüçñØ");
        appendRange(chars, 'a', 'z');
        appendRange(chars, 'A', 'Z');
        appendRange(chars, '\u0410', '\u044F');
        appendRange(chars, '\u1780', '\u17D2');
        appendRange(chars, '\u0E01', '\u0E4C');
        return chars.toString();
    }

    private static void appendRange(StringBuilder chars, char from, char to) {
        for (char c = from; c <= to; c++) {
            chars.append(c);
        }
    }
}

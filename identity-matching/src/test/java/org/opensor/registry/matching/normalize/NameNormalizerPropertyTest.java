package org.opensor.registry.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameNormalizerPropertyTest {

    @Property
    void normalizingTwiceChangesNothing(@ForAll("names") String name) {
        String once = NameNormalizer.normalize(name);
        assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property
    void outputIsLowerCaseAsciiWordsSeparatedBySingleSpaces(@ForAll("names") String name) {
        for (String form : NameNormalizer.latinForms(name)) {
            assertThat(form).matches("([a-z0-9]+( [a-z0-9]+)*)?");
        }
    }

    @Provide
    Arbitrary<String> names() {
        // Latin with diacritics and punctuation, Cyrillic, Khmer and Thai, mixed.
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withChars(" -'.,éüçñØ")
                .withCharRange('\u0410', '\u044F')
                .withCharRange('\u1780', '\u17D2')
                .withCharRange('\u0E01', '\u0E4C')
                .ofMaxLength(24);
    }
}

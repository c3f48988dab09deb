package org.opensor.registry.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "សុខ, sok",
        "ចាន់, chan",
        "សុខា, sokha",
        "ដារ៉ា, dara",
        "ចាន់ សុខា, chan sokha",
        "ស្រី, srei",
        "សុភាព, sopheap",
        "សំណាង, samnang",
        "កម្ពុជា, kampuchea",
    })
    void romanizesKhmerAfterUngegn(String khmer, String latin) {
        assertThat(NameNormalizer.normalize(khmer)).isEqualTo(latin);
    }

    @Test
    void givesThaiInIcuFormAndPassportSpelling() {
        assertThat(NameNormalizer.latinForms("สมชาย")).containsExactly("smchay", "somchai");
        assertThat(NameNormalizer.latinForms("ทักษิณ")).containsExactly("thaksin");
    }

    @Test
    void removesDiacriticsCaseAndPunctuation() {
        assertThat(NameNormalizer.normalize("Nguyễn Văn Thành")).isEqualTo("nguyen van thanh");
        assertThat(NameNormalizer.normalize("  O'BRIEN,  Seán-Pádraig ")).isEqualTo("obrien sean padraig");
        assertThat(NameNormalizer.normalize("ＳＯＫ")).isEqualTo("sok"); // full-width letters, NFKC
    }

    @Test
    void transliteratesOtherScriptsWithIcu() {
        assertThat(NameNormalizer.normalize("Володимир Зеленський")).isEqualTo("volodimir zelenskij");
        assertThat(NameNormalizer.normalize("习近平")).isEqualTo("xi jin ping");
    }
}

package org.opensor.registry.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;

/**
 * Chinese given names in the Cantonese, Hokkien, Teochew and Hakka spellings of Hong Kong, Singapore and Malaysia
 * against the same names in Pinyin (issue 22): each syllable by the table chinese-given-names.txt.
 */
class ChineseDialectGivenNamesTest {

    private static final PartialDate BORN = PartialDate.of(1974, 9, 2);
    private final IdentityScorer scorer = IdentityScorer.withDefaults();

    private MatchResult score(String family, String given, String recordFamily, String recordGiven) {
        return scorer.score(
                Identity.named(PersonName.of(family, given)).bornOn(BORN),
                Identity.named(PersonName.of(recordFamily, recordGiven)).bornOn(BORN));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Kok Wai, Guowei",
        "Siew Ling, Xiuling",
        "Chee Keong, Zhiqiang",
        "Boon Hock, Wenfu",
        "Kwok Wai, Guowei",
        "Wai Keung, Weiqiang",
        "Teck Seng, Decheng",
        "Tsan Hong, Zhenfang",
        "See Man, Simin"
    })
    void aGivenNameInADialectSpellingMeetsItsPinyin(String dialect, String pinyin) {
        MatchResult result = score("Chen", dialect, "Chen", pinyin);

        assertThat(result.band()).isEqualTo(MatchBand.STRONG);
        assertThat(result.reasons()).anyMatch(reason -> reason.contains("Cantonese, Hokkien, Teochew or Hakka"));
    }

    @Test
    void familyAndGivenNamesBothInADialectSpellingMeetThePinyin() {
        assertThat(score("Tan", "Kok Wai", "Chen", "Guowei").band()).isEqualTo(MatchBand.STRONG);
        assertThat(score("Lim", "Siew Ling", "Lin", "Xiuling").band()).isEqualTo(MatchBand.STRONG);
    }

    @Test
    void aPinyinQueryMeetsARecordInADialectSpelling() {
        assertThat(score("Chen", "Zhiqiang", "Chen", "Chee Keong").band()).isEqualTo(MatchBand.STRONG);
    }

    /** Another character is another name: Kok Wai is Guowei, not Guoming. */
    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"Kok Wai, Guoming", "Siew Ling, Xiaoling", "Chee Keong, Zhiming"})
    void anotherSyllableIsAnotherName(String dialect, String pinyin) {
        assertThat(score("Chen", dialect, "Chen", pinyin).reasons())
                .noneMatch(reason -> reason.contains("Cantonese, Hokkien, Teochew or Hakka"));
    }

    /** Hong is a Hokkien spelling of Fang, but two names written in Pinyin are read as Pinyin only. */
    @Test
    void twoPinyinNamesAreNotReadAsDialectSpellings() {
        assertThat(score("Chen", "Hongmei", "Chen", "Fangmei").reasons())
                .noneMatch(reason -> reason.contains("Cantonese, Hokkien, Teochew or Hakka"));
    }
}

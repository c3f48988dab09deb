package org.opensor.registry.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;

/** Spellings of one name that officers meet at the border, and look-alikes that are other people. */
class NameVariantsTest {

    private final IdentityScorer scorer = IdentityScorer.withDefaults();
    private static final PartialDate BORN = PartialDate.of(1968, 4, 23);

    private MatchBand band(PersonName query, PersonName record) {
        return scorer.score(
                        Identity.named(query).bornOn(BORN),
                        Identity.named(record).bornOn(BORN))
                .band();
    }

    @ParameterizedTest
    @CsvSource({
        "Tan,Chen",
        "Teo,Zhang",
        "Lim,Lin",
        "Ng,Wu",
        "Ng,Huang",
        "Chau,Zhou",
        "Cheung,Zhang",
        "Wong,Huang",
        "Wong,Wang",
        "Lee,Li",
        "Chan,Chen",
        "Goh,Wu",
        "Lau,Liu",
        "Yeo,Yang",
        "Khoo,Qiu",
        "Ong,Wang",
        "Koh,Xu",
        "Tay,Zheng",
        "Chua,Cai",
        "Quek,Guo",
        "Leong,Liang",
        "Kwok,Guo",
        "Ho,He"
    })
    void aDialectSpellingOfAChineseSurnameMeetsItsPinyin(String dialect, String pinyin) {
        assertThat(band(PersonName.of(dialect, "Jianguo"), PersonName.of(pinyin, "Jianguo")))
                .isEqualTo(MatchBand.STRONG);
    }

    @Test
    void twoDifferentPinyinSurnamesStayDifferent() {
        assertThat(band(PersonName.of("Li", "Wei"), PersonName.of("Lin", "Wei")))
                .isNotEqualTo(MatchBand.STRONG);
    }

    @ParameterizedTest
    @CsvSource({"Jirawun,Chirawan", "Juthathip,Chuthathip", "Maneepan,Maniphan", "Wichai,Vichai", "Soontorn,Suntorn"})
    void commonLatinSpellingsOfAThaiGivenNameAreTheSameName(String one, String other) {
        assertThat(band(PersonName.of("Saetang", one), PersonName.of("Saetang", other)))
                .isEqualTo(MatchBand.STRONG);
    }

    @Test
    void swappedLettersAndATruncatedWordDoNotMakeAWordUnmatched() {
        MatchResult swapped = scorer.score(
                Identity.named(PersonName.of("Thropr", "Alice Mary")).bornOn(BORN),
                Identity.named(PersonName.of("Thorpe", "Alice Mary")).bornOn(BORN));
        MatchResult truncated = scorer.score(
                Identity.named(PersonName.of("Jones", "Mi")).bornOn(BORN),
                Identity.named(PersonName.of("Jones", "Mia")).bornOn(BORN));

        assertThat(swapped.band()).isNotEqualTo(MatchBand.WEAK);
        assertThat(swapped.reasons()).noneMatch(reason -> reason.startsWith("query name words not in the record"));
        assertThat(truncated.band()).isNotEqualTo(MatchBand.WEAK);
    }

    @Test
    void aChineseGivenNameWithAnotherSyllableIsAnotherName() {
        PartialDate aYearLater = PartialDate.of(1969, 4, 23);
        assertThat(scorer.score(
                                Identity.named(PersonName.of("Hsu", "Zhiming")).bornOn(BORN),
                                Identity.named(PersonName.of("Xu", "Zhifeng")).bornOn(aYearLater))
                        .band())
                .isEqualTo(MatchBand.WEAK);
        assertThat(scorer.score(
                                Identity.named(PersonName.of("Lye", "Lanli")).bornOn(BORN),
                                Identity.named(PersonName.of("Lai", "Lanling")).bornOn(aYearLater))
                        .band())
                .isEqualTo(MatchBand.WEAK);
    }

    @Test
    void twoLettersSwappedInAShortWordAreOneSlip() {
        assertThat(band(PersonName.of("Phan", "Sno Duc"), PersonName.of("Phan", "Son Duc")))
                .isEqualTo(MatchBand.STRONG);
    }

    @Test
    void oneUnmatchedWordIsNotWeakWhenDateAndDocumentAgree() {
        Identity record = Identity.named(PersonName.of("Brown", "Kevin Anthony"))
                .bornOn(BORN)
                .withDocumentNumbers("X1234567");
        Identity query = Identity.named(PersonName.of("Brown", "Kevin Zbigniew"))
                .bornOn(BORN)
                .withDocumentNumbers("X1234567");

        assertThat(scorer.score(query, record).band()).isEqualTo(MatchBand.STRONG);
    }

    @Test
    void duDaAndDiAreChineseFamilyNamesNotParticles() {
        assertThat(band(PersonName.of("Du", "Wei"), PersonName.of("Li", "Wei"))).isEqualTo(MatchBand.WEAK);
        assertThat(band(PersonName.full("Di Ming"), PersonName.full("Ma Ming"))).isEqualTo(MatchBand.WEAK);
        assertThat(band(PersonName.of("Du", "Wei"), PersonName.of("Du", "Wei"))).isEqualTo(MatchBand.STRONG);
    }

    @Test
    void aFamilyNameIsNotAMiddleInitial() {
        MatchResult result = scorer.score(
                Identity.named(PersonName.of("Carter", "James")).bornOn(BORN),
                Identity.named(PersonName.of("Whitfield", "James C")).bornOn(BORN));

        assertThat(result.band()).isEqualTo(MatchBand.WEAK);
        assertThat(result.reasons()).noneMatch(reason -> reason.contains("CARTER ≈ C"));
    }

    @Test
    void japaneseKanjiAreNotReadAsMandarin() {
        Identity japanese =
                Identity.named(PersonName.of("高橋", "健一")).bornOn(BORN).withNationalities("JPN");
        Identity chinese =
                Identity.named(PersonName.of("GAO", "Qiao Jianyi")).bornOn(BORN).withNationalities("CHN");
        Identity chineseNamedGaoQiao =
                Identity.named(PersonName.of("GAO", "Qiao")).bornOn(BORN);
        Identity withKana = Identity.named(PersonName.of("高橋", "けんいち")).bornOn(BORN);

        assertThat(scorer.score(japanese, chinese).band()).isEqualTo(MatchBand.WEAK);
        assertThat(scorer.score(
                                Identity.named(PersonName.full("高橋"))
                                        .bornOn(BORN)
                                        .withNationalities("JPN"),
                                chineseNamedGaoQiao)
                        .band())
                .isEqualTo(MatchBand.WEAK);
        assertThat(scorer.score(withKana, chineseNamedGaoQiao).band()).isEqualTo(MatchBand.WEAK);
        assertThat(scorer.score(
                                japanese,
                                Identity.named(PersonName.of("高橋", "健一")).bornOn(BORN))
                        .band())
                .as("the same kanji still match")
                .isEqualTo(MatchBand.STRONG);
    }
}

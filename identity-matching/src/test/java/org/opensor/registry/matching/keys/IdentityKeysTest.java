package org.opensor.registry.matching.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;

class IdentityKeysTest {

    @ParameterizedTest(name = "{0} and {1} share a skeleton")
    @CsvSource({
        "chann, chan",
        "darah, dara",
        "sokhar, sokha",
        "chhun, chun",
        "pheap, peap",
        "seang, sieng",
        "sou, su",
        "thoeun, theun",
        "chey, chay",
        "kosal, kusal",
    })
    void khmerRomanizationVariantsCollide(String a, String b) {
        assertThat(RomanizationSkeleton.of(a)).isEqualTo(RomanizationSkeleton.of(b));
    }

    @Test
    void differentNamesKeepDifferentSkeletons() {
        assertThat(RomanizationSkeleton.of("sokha")).isNotEqualTo(RomanizationSkeleton.of("sophal"));
        assertThat(RomanizationSkeleton.of("chan")).isNotEqualTo(RomanizationSkeleton.of("chea"));
    }

    @Test
    void explainsWhichVariantJoinsTwoSpellings() {
        assertThat(RomanizationSkeleton.explain("chann", "chan")).containsExactly("doubled final consonant");
        assertThat(RomanizationSkeleton.explain("sokhar", "sokha")).containsExactly("trailing h/r/s");
    }

    @ParameterizedTest(name = "{0} and {1} share a Chinese spelling key")
    @CsvSource({
        "LIU, Kuo-chin, LIU, Guojin",
        "CHIANG, Ching-kuo, JIANG, Jingguo",
        "MAO, Tse-tung, MAO, Zedong",
        "HSI, Chin P'ing, XI, Jinping",
    })
    void wadeGilesAndPinyinSpellingsOfAChineseNameShareAKey(
            String family1, String given1, String family2, String given2) {
        Set<String> wadeGiles = chineseKeys(Identity.named(PersonName.of(family1, given1)));
        Set<String> pinyin = chineseKeys(Identity.named(PersonName.of(family2, given2)));

        assertThat(wadeGiles).isNotEmpty().containsAnyElementsOf(pinyin);
        // Without them the names share nothing rarer than a family name, if that.
        Set<String> otherKeys =
                new java.util.HashSet<>(IdentityKeys.of(Identity.named(PersonName.of(family1, given1))));
        otherKeys.removeAll(wadeGiles);
        otherKeys.retainAll(IdentityKeys.of(Identity.named(PersonName.full(given2)))); // the given name alone
        assertThat(otherKeys).noneMatch(key -> key.startsWith("n:") || key.startsWith("sk:"));
    }

    @Test
    void namesThatAreNotChineseSyllablesGetNoChineseKey() {
        assertThat(chineseKeys(Identity.named(PersonName.of("SOK", "Sokha")))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} reaches {2} {3} once two swapped letters are put back")
    @CsvSource({
        "MORRIS, Dna, MORRIS, Daniel",
        "ZHANG, Hsi-cihh, ZHANG, Xizhi",
        "KUO, Hugn-te, GUO, Hongde",
    })
    void aGivenNameTypedWithTwoLettersSwappedSharesItsRecordsNameKey(
            String queryFamily, String queryGiven, String recordFamily, String recordGiven) {
        Set<String> shared =
                new java.util.HashSet<>(IdentityKeys.ofQuery(Identity.named(PersonName.of(queryFamily, queryGiven))));
        shared.retainAll(IdentityKeys.of(Identity.named(PersonName.of(recordFamily, recordGiven))));
        // The family name shares its own keys anyway; what counts is a key only the given name can bring.
        shared.removeAll(IdentityKeys.of(Identity.named(PersonName.of(recordFamily, "X"))));

        // The scorer forgives the slip (an equivalent name, a Chinese syllable, once swapped back); without such a key
        // the record ties at the candidate cut with every namesake who shares the family name, and a large registry
        // leaves it out.
        assertThat(shared).anyMatch(key -> key.startsWith("eq:") || key.startsWith("zh:"));
    }

    @Test
    void aWordThatMeetsItsNamesAsTypedGetsNoSwappedKeys() {
        Set<String> typed = IdentityKeys.of(Identity.named(PersonName.of("MORRIS", "Daniel")));

        assertThat(IdentityKeys.ofQuery(Identity.named(PersonName.of("MORRIS", "Daniel"))))
                .isEqualTo(typed);
    }

    private static Set<String> chineseKeys(Identity identity) {
        return IdentityKeys.of(identity).stream()
                .filter(key -> key.startsWith("zh:"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aliasSpellingAndQuerySpellingShareKeys() {
        Identity record = Identity.named(PersonName.of("SOK", "Sokha")).withAlias(PersonName.of("CHANN", "Sokha"));
        Identity query = Identity.named(PersonName.full("Sokhar Chan"));

        assertThat(IdentityKeys.of(record)).contains("n:sok", "n:sokha", "n:chann", "sk:chan", "sk:s1ka");
        assertThat(IdentityKeys.of(query)).contains("sk:chan", "sk:s1ka");
    }

    @Test
    void latinSpellingsOfOneThaiNameAndDialectSpellingsOfOneChineseSurnameShareAKey() {
        assertThat(IdentityKeys.ofName("Jirawun"))
                .filteredOn(key -> key.startsWith("th:"))
                .containsAnyElementsOf(IdentityKeys.ofName("Chirawan"));
        assertThat(IdentityKeys.ofName("Maneepan"))
                .filteredOn(key -> key.startsWith("th:"))
                .containsAnyElementsOf(IdentityKeys.ofName("Maniphan"));
        assertThat(IdentityKeys.ofName("Teo")).contains("eq:zhang");
        assertThat(IdentityKeys.ofName("Chau")).contains("eq:zhou");
    }

    @Test
    void indexesBothThaiForms() {
        assertThat(IdentityKeys.ofName("สมชาย")).contains("n:smchay", "n:somchai", "eq:somchai");
    }

    @Test
    void nicknamesShareAnEquivalenceKey() {
        assertThat(IdentityKeys.ofName("Bill Smith")).contains("eq:william");
        assertThat(IdentityKeys.ofName("William Smith")).contains("eq:william");
    }

    @Test
    void datePrefixesFollowThePrecisionGiven() {
        Identity full = Identity.named(PersonName.full("a")).bornOn(PartialDate.parse("1970-05-12"));
        Identity yearOnly = Identity.named(PersonName.full("a")).bornOn(PartialDate.ofYear(1970));
        Identity approximate = Identity.named(PersonName.full("a")).bornOn(PartialDate.approximately(1970, 1));

        assertThat(IdentityKeys.of(full)).contains("dob:1970", "dob:1970-05", "dob:1970-05-12");
        assertThat(IdentityKeys.of(yearOnly))
                .filteredOn(k -> k.startsWith("dob:"))
                .containsExactly("dob:1970");
        assertThat(IdentityKeys.of(approximate))
                .filteredOn(k -> k.startsWith("dob:"))
                .containsExactly("dob:1969", "dob:1970", "dob:1971");
    }

    @Test
    void documentNumbersWithOcrSlipsShareTheirKey() {
        Identity scanned = Identity.named(PersonName.full("a")).withDocumentNumbers("NO1234S67");
        Identity typed = Identity.named(PersonName.full("a")).withDocumentNumbers("n0 1234-567");

        assertThat(IdentityKeys.of(scanned)).contains("doc:N01234567");
        assertThat(IdentityKeys.of(typed)).contains("doc:N01234567");
        assertThat(DocumentNumbers.ocrTolerant("I2B5")).isEqualTo("1285");
    }

    @Test
    void aQueryAlsoAsksForTheYearsNextToItsDateOfBirthAndWeighsTheRarestKeysMost() {
        Identity query = Identity.named(PersonName.of("CHANN", "Sokha"))
                .bornOn(PartialDate.parse("1970-05-12"))
                .withDocumentNumbers("N0123");

        assertThat(IdentityKeys.ofQuery(query))
                .containsAll(IdentityKeys.of(query))
                .contains("dob:1969", "dob:1971");
        assertThat(IdentityKeys.boostOf("doc:N0123")).isGreaterThan(IdentityKeys.boostOf("dob:1970-05-12"));
        assertThat(IdentityKeys.boostOf("dob:1970-05-12")).isGreaterThan(IdentityKeys.boostOf("dob:1970"));
        assertThat(IdentityKeys.boostOf("dob:1970")).isEqualTo(IdentityKeys.boostOf("n:chann"));
    }

    @Test
    void everyKeyCarriesItsKind() {
        Identity record = Identity.named(PersonName.of("CHANN", "Sokha"))
                .bornOn(PartialDate.ofYear(1970))
                .withDocumentNumbers("N0123");
        assertThat(IdentityKeys.of(record)).allMatch(k -> k.matches("(n|sk|th|dm|eq|tg|zh|dob|doc):.+"));
    }

    /**
     * A given name in a dialect spelling and no date of birth: the query asks for the Pinyin reading's Chinese code, which
     * the Pinyin record holds, so retrieval does not leave the record among every namesake of the family name.
     */
    @ParameterizedTest(name = "{0} {1} asks for a key of {2} {3}")
    @CsvSource({"Tan, Kok Wai, Chen, Guowei", "Lim, Siew Ling, Lin, Xiuling", "Chen, Chee Keong, Chen, Zhiqiang"})
    void aDialectGivenNameAsksForTheKeyOfItsPinyin(
            String family, String given, String recordFamily, String recordGiven) {
        Set<String> query = IdentityKeys.ofQuery(Identity.named(PersonName.of(family, given)));
        Set<String> record = IdentityKeys.of(Identity.named(PersonName.of(recordFamily, recordGiven)));

        Set<String> givenNameCodes = new java.util.TreeSet<>(record);
        givenNameCodes.retainAll(query);
        givenNameCodes.removeIf(key -> !key.startsWith("zh:") || key.length() <= "zh:".length() + 4);
        assertThat(givenNameCodes).isNotEmpty();
    }
}

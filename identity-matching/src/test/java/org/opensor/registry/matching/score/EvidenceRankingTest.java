package org.opensor.registry.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;

/** Ranking follows the evidence: what agrees beyond the name is never lost to a score that has reached its top. */
class EvidenceRankingTest {

    private final IdentityScorer scorer = IdentityScorer.withDefaults();

    private static Identity namesake(String passport) {
        return Identity.named(PersonName.of("NGUYEN", "Van Thanh"))
                .bornOn(PartialDate.of(1985, 7, 20))
                .withSex(Sex.MALE)
                .withNationalities("VNM")
                .withDocumentNumbers(passport);
    }

    @Test
    void theHolderOfThePassportIsFirstAmongFiftyNamesakesBornTheSameDay() {
        List<Map.Entry<String, MatchResult>> ranked = new ArrayList<>();
        Identity query = namesake("C7654321");
        for (int i = 0; i < 50; i++) {
            String passport = i == 37 ? "C7654321" : "C10000%02d".formatted(i);
            ranked.add(Map.entry("namesake-%02d".formatted(i), scorer.score(query, namesake(passport))));
        }
        ranked.sort(Map.Entry.comparingByValue(MatchResult.BEST_FIRST));

        assertThat(ranked.getFirst().getKey()).isEqualTo("namesake-37");
        assertThat(ranked.getFirst().getValue().score())
                .as("the document lifts the holder above the namesakes")
                .isGreaterThan(ranked.get(1).getValue().score());
        assertThat(ranked.get(1).getValue().score()).isLessThan(1.0);
    }

    @Test
    void aDocumentWithOneOcrSlipRanksAboveABetterNameWithoutOne() {
        Identity query = Identity.named(PersonName.of("CHANN", "Sokha"))
                .bornOn(PartialDate.of(1970, 5, 12))
                .withDocumentNumbers("NO1234567");
        MatchResult holder = scorer.score(
                query,
                Identity.named(PersonName.of("CHAN", "Sokhar"))
                        .bornOn(PartialDate.of(1970, 5, 12))
                        .withDocumentNumbers("N01234567"));
        MatchResult namesake = scorer.score(
                query,
                Identity.named(PersonName.of("CHANN", "Sokha"))
                        .bornOn(PartialDate.of(1970, 5, 12))
                        .withNationalities("KHM"));

        assertThat(MatchResult.BEST_FIRST.compare(holder, namesake)).isNegative();
    }

    @Test
    void anExactDateOfBirthBeatsANearOneWhichBeatsAFarOne() {
        Identity query = Identity.named(PersonName.of("ZHOU", "Jianguo")).bornOn(PartialDate.of(1955, 12, 8));
        double exact = score(query, "1955-12-08");
        double sameYear = score(query, "1955-03-08");
        double oneYear = score(query, "1956-12-08");
        double threeYears = score(query, "1958-12-08");
        double fortyFiveYears = score(query, "2000-12-08");

        assertThat(exact).isGreaterThan(sameYear);
        assertThat(sameYear).isGreaterThanOrEqualTo(oneYear);
        assertThat(oneYear).isGreaterThan(threeYears);
        assertThat(threeYears).as("the penalty grows with the distance").isGreaterThan(fortyFiveYears);
    }

    @Test
    void anExactDateOfBirthOutranksASimilarNameBornDecadesApart() {
        Identity query = Identity.named(PersonName.of("CHAU", "Jianguo")).bornOn(PartialDate.of(1955, 12, 8));
        MatchResult sought = scorer.score(
                query, Identity.named(PersonName.of("ZHOU", "Jianguo")).bornOn(PartialDate.of(1955, 12, 8)));
        MatchResult other = scorer.score(
                query, Identity.named(PersonName.of("CHAI", "Jianguo")).bornOn(PartialDate.of(2000, 12, 8)));

        assertThat(sought.band()).isEqualTo(MatchBand.STRONG);
        assertThat(MatchResult.BEST_FIRST.compare(sought, other)).isNegative();
        assertThat(other.band()).isEqualTo(MatchBand.WEAK);
    }

    @Test
    void theSameDocumentAndDateOfBirthUnderAnotherNameIsAPossibleChangeOfName() {
        Identity registrant = Identity.named(PersonName.of("MILLER", "Jonathan Paul"))
                .bornOn(PartialDate.of(1972, 3, 14))
                .withDocumentNumbers("533912874");
        Identity renamed = Identity.named(PersonName.of("HARGREAVES", "Simon"))
                .bornOn(PartialDate.of(1972, 3, 14))
                .withDocumentNumbers("533912874");
        Identity renamedKeepingAGivenName = Identity.named(PersonName.of("HARGREAVES", "Jonathan"))
                .bornOn(PartialDate.of(1972, 3, 14))
                .withDocumentNumbers("533912874");

        MatchResult result = scorer.score(renamed, registrant);

        assertThat(result.band()).isEqualTo(MatchBand.POSSIBLE);
        assertThat(result.reasons()).anyMatch(reason -> reason.startsWith("possible change of name"));
        assertThat(scorer.score(renamedKeepingAGivenName, registrant).band()).isEqualTo(MatchBand.STRONG);
        assertThat(scorer.score(
                                Identity.named(PersonName.of("Paul", "Jonathan Miller"))
                                        .bornOn(PartialDate.of(1972, 3, 14))
                                        .withDocumentNumbers("533912874"),
                                registrant)
                        .band())
                .as("swapped name")
                .isEqualTo(MatchBand.STRONG);
    }

    @Test
    void aDocumentOneTypingSlipOffWithTheFullDateAndANameWordIsAPossibleHit() {
        Identity registrant = Identity.named(PersonName.of("REID", "Allegra"))
                .bornOn(PartialDate.of(1979, 1, 21))
                .withDocumentNumbers("2438295");
        Identity duplicate = Identity.named(PersonName.of("REID", "Kieren"))
                .bornOn(PartialDate.of(1979, 1, 21))
                .withDocumentNumbers("2428295");
        Identity stranger = Identity.named(PersonName.of("REID", "Kieren"))
                .bornOn(PartialDate.of(1979, 1, 21))
                .withDocumentNumbers("7311880");

        assertThat(scorer.score(duplicate, registrant).band()).isEqualTo(MatchBand.POSSIBLE);
        assertThat(scorer.score(stranger, registrant).band()).isEqualTo(MatchBand.WEAK);
    }

    @Test
    void theSameDocumentAndANameWordWithoutADateOfBirthIsAPossibleHit() {
        Identity registrant =
                Identity.named(PersonName.of("KIMMONTH", "Mitchell")).withDocumentNumbers("5751890");

        assertThat(scorer.score(
                                Identity.named(PersonName.of("KIMMONTH", "Amelia"))
                                        .withDocumentNumbers("5751890"),
                                registrant)
                        .band())
                .isEqualTo(MatchBand.POSSIBLE);
        assertThat(scorer.score(
                                Identity.named(PersonName.of("HEFFORD", "Amelia"))
                                        .withDocumentNumbers("5751890"),
                                registrant)
                        .band())
                .as("no name word agrees, no date of birth")
                .isEqualTo(MatchBand.WEAK);
    }

    @Test
    void theSameDocumentWithAnotherDateOfBirthIsNoChangeOfName() {
        Identity registrant = Identity.named(PersonName.of("MILLER", "Jonathan"))
                .bornOn(PartialDate.of(1972, 3, 14))
                .withDocumentNumbers("533912874");
        Identity other = Identity.named(PersonName.of("HARGREAVES", "Simon"))
                .bornOn(PartialDate.of(1990, 1, 2))
                .withDocumentNumbers("533912874");

        assertThat(scorer.score(other, registrant).band()).isEqualTo(MatchBand.WEAK);
    }

    @Test
    void theSameDocumentWithABirthDateOneTypingSlipOffUnderAnotherNameIsAPossibleChangeOfName() {
        Identity registrant = Identity.named(PersonName.of("COGZELL", "Harold"))
                .bornOn(PartialDate.of(1944, 9, 5))
                .withDocumentNumbers("9162672");

        for (PartialDate slip :
                List.of(PartialDate.of(1944, 8, 5), PartialDate.of(1954, 9, 5), PartialDate.of(1944, 9, 15))) {
            MatchResult result = scorer.score(traveller("HEFFORD", "Simon", slip, "9162672"), registrant);
            assertThat(result.band()).as(slip.toString()).isEqualTo(MatchBand.POSSIBLE);
            assertThat(result.reasons()).anyMatch(reason -> reason.startsWith("possible change of name"));
        }
        assertThat(bandOf(traveller("HEFFORD", "Simon", PartialDate.of(1944, 8, 6), "9162672"), registrant))
                .as("two parts of the date off")
                .isEqualTo(MatchBand.WEAK);
        assertThat(bandOf(traveller("HEFFORD", "Simon", PartialDate.of(1944, 8, 5), "9162762"), registrant))
                .as("the document one slip off too, and no name word")
                .isEqualTo(MatchBand.WEAK);
    }

    @Test
    void aNameWordWithTheDocumentAndTheBirthDateEachOneTypingSlipOffIsAPossibleHit() {
        Identity registrant = traveller("WILDE", "Sebastian", PartialDate.of(1927, 7, 28), "6646273");

        assertThat(bandOf(traveller("WILDE", null, PartialDate.of(1927, 4, 28), "6646723"), registrant))
                .isEqualTo(MatchBand.POSSIBLE);
        assertThat(bandOf(traveller("WILDE", null, PartialDate.of(1927, 4, 28), "3318150"), registrant))
                .as("another document")
                .isEqualTo(MatchBand.WEAK);
    }

    @Test
    void oneTypingSlipInOneWordOfANameWithTheFullDateOfBirthIsAPossibleHit() {
        Identity registrant = Identity.named(PersonName.of("HUANG", "Jensen")).bornOn(PartialDate.of(1963, 2, 17));

        MatchResult typed = scorer.score(
                Identity.named(PersonName.of("HUANG", "Jansen")).bornOn(PartialDate.of(1963, 2, 17)), registrant);
        assertThat(typed.band()).isEqualTo(MatchBand.POSSIBLE);
        assertThat(typed.reasons())
                .anyMatch(reason -> reason.startsWith("possible hit: the full date of birth agrees"));
        assertThat(bandOf(
                        Identity.named(PersonName.of("HUANG", "Jansen")).bornOn(PartialDate.of(1971, 9, 3)),
                        registrant))
                .as("another date of birth")
                .isEqualTo(MatchBand.WEAK);
        assertThat(bandOf(
                        Identity.named(PersonName.of("COOK", "Tim")).bornOn(PartialDate.of(1963, 2, 17)),
                        Identity.named(PersonName.of("COOK", "Tom")).bornOn(PartialDate.of(1963, 2, 17))))
                .as("three-letter names one letter apart are other names")
                .isEqualTo(MatchBand.WEAK);
    }

    private static Identity traveller(String family, String given, PartialDate born, String document) {
        return Identity.named(PersonName.of(family, given)).bornOn(born).withDocumentNumbers(document);
    }

    private MatchBand bandOf(Identity query, Identity registrant) {
        return scorer.score(query, registrant).band();
    }

    private double score(Identity query, String recordBorn) {
        return scorer.score(
                        query, Identity.named(PersonName.of("ZHOU", "Jianguo")).bornOn(PartialDate.parse(recordBorn)))
                .score();
    }

    @Test
    void ordersByDocumentThenScoreThenBandThenEvidence() {
        Comparator<MatchResult> order = MatchResult.BEST_FIRST;
        MatchResult strong = new MatchResult(0.9, MatchBand.STRONG, List.of());
        MatchResult possible = new MatchResult(0.9, MatchBand.POSSIBLE, List.of());

        assertThat(order.compare(strong, possible)).isNegative();
    }
}

package org.opensor.registry.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;

class IdentityScorerTest {

    private final IdentityScorer scorer = IdentityScorer.withDefaults();
    /** For the name-only cases: how strong the name evidence is, without the qualifier rule. */
    private final IdentityScorer namesOnly =
            new IdentityScorer(ScoringSettings.DEFAULTS.withStrongNeedsQualifier(false));

    /** SOK Sokha, born 1970-05-12, also known as CHANN Sokha; Cambodian passport N01234567. */
    private static Identity sokSokha() {
        return Identity.named(PersonName.of("SOK", "Sokha"))
                .withAlias(PersonName.of("CHANN", "Sokha"))
                .bornOn(PartialDate.parse("1970-05-12"))
                .withSex(Sex.MALE)
                .withNationalities("KHM")
                .withDocumentNumbers("N01234567");
    }

    private static Identity query(String fullName) {
        return Identity.named(PersonName.full(fullName));
    }

    @Test
    void findsAliasFromAnotherRomanizationWithReasons() {
        MatchResult result = scorer.score(query("Sokhar Chann"), sokSokha());

        assertThat(result.band()).isIn(MatchBand.STRONG, MatchBand.POSSIBLE);
        assertThat(result.reasons())
                .contains(
                        "name similarity 0.98 with alias CHANN Sokha",
                        "given name SOKHAR ≈ SOKHA: trailing h/r/s",
                        "family name CHANN = CHANN");
    }

    @Test
    void explainsADoubledFinalConsonant() {
        Identity record = Identity.named(PersonName.of("CHAN", "Dara"));
        MatchResult result = namesOnly.score(Identity.named(PersonName.of("CHANN", "Darah")), record);

        assertThat(result.band()).isEqualTo(MatchBand.STRONG);
        assertThat(result.reasons())
                .contains(
                        "family name CHANN ≈ CHAN: doubled final consonant", "given name DARAH ≈ DARA: trailing h/r/s");
    }

    @Test
    void nameOrderDoesNotMatter() {
        MatchResult swapped = scorer.score(Identity.named(PersonName.of("Sokha", "Chann")), sokSokha());

        assertThat(swapped.score()).isGreaterThanOrEqualTo(0.95);
        assertThat(swapped.reasons()).contains("family and given names are swapped between query and record");
    }

    @Test
    void findsKhmerScriptQuery() {
        MatchResult result = namesOnly.score(Identity.named(PersonName.of("ចាន់", "សុខា")), sokSokha());

        assertThat(result.band()).isEqualTo(MatchBand.STRONG);
        assertThat(result.reasons())
                .contains(
                        "query name ចាន់ សុខា read as CHAN SOKHA", "family name CHAN ≈ CHANN: doubled final consonant");
    }

    @Test
    void findsThaiNameFromEitherSpelling() {
        Identity record = Identity.named(PersonName.of("สมชาย", null)).withAlias(PersonName.full("สมชาย ใจดี"));

        assertThat(namesOnly.score(query("Somchai"), record).band()).isEqualTo(MatchBand.STRONG);
        assertThat(namesOnly.score(query("Smchay"), record).band()).isEqualTo(MatchBand.STRONG);
    }

    @Test
    void aNameAloneIsAtMostPossibleHowEverCloseItIs() {
        MatchResult result = scorer.score(query("Sokha Sok"), sokSokha());

        assertThat(result.score()).isGreaterThanOrEqualTo(ScoringSettings.DEFAULTS.strongThreshold());
        assertThat(result.band()).isEqualTo(MatchBand.POSSIBLE);
        assertThat(result.reasons())
                .contains("at most a possible hit: neither date of birth nor document number confirms the name");
    }

    @Test
    void aFullDateOfBirthOrADocumentNumberThatAgreesMakesTheSameNameStrong() {
        assertThat(scorer.score(query("Sokha Sok").bornOn(PartialDate.of(1970, 5, 12)), sokSokha())
                        .band())
                .isEqualTo(MatchBand.STRONG);
        assertThat(scorer.score(query("Sokha Sok").bornOn(PartialDate.parse("1970-05")), sokSokha())
                        .band())
                .isEqualTo(MatchBand.POSSIBLE);
        assertThat(scorer.score(query("Sokha Sok").withDocumentNumbers("NO1234567"), sokSokha())
                        .band())
                .isEqualTo(MatchBand.STRONG);
        assertThat(scorer.score(query("Sokha Sok").withDocumentNumbers("X99999999"), sokSokha())
                        .band())
                .isEqualTo(MatchBand.POSSIBLE);
    }

    @Test
    void theQualifierRuleCanBeSwitchedOff() {
        assertThat(namesOnly.score(query("Sokha Sok"), sokSokha()).band()).isEqualTo(MatchBand.STRONG);
        assertThat(ScoringSettings.DEFAULTS.strongNeedsQualifier()).isTrue();
    }

    @Test
    void yearOfBirthAloneSupportsTheMatchButDoesNotConfirmIt() {
        Identity yearOnly = query("Sokha Chann").bornOn(PartialDate.ofYear(1970));

        MatchResult result = scorer.score(yearOnly, sokSokha());

        assertThat(result.band()).isEqualTo(MatchBand.POSSIBLE);
        assertThat(result.reasons()).contains("date of birth 1970 matches year of 1970-05-12");
    }

    @Test
    void recognizesDayAndMonthSwapped() {
        Identity swappedDate = query("Sokha Chann").bornOn(PartialDate.parse("1970-12-05"));

        MatchResult result = scorer.score(swappedDate, sokSokha());

        assertThat(result.band()).isEqualTo(MatchBand.STRONG);
        assertThat(result.reasons()).contains("date of birth 1970-12-05 matches 1970-05-12 with day and month swapped");
    }

    @Test
    void approximateYearIsConsistentWithinItsRange() {
        MatchResult result = scorer.score(query("Sokha Chann").bornOn(PartialDate.approximately(1972, 2)), sokSokha());

        assertThat(result.reasons()).contains("date of birth about 1972 (±2 years) is consistent with 1970-05-12");
    }

    @Test
    void passportWithOneOcrSlipStillCounts() {
        Identity scanned = query("Sokha").withDocumentNumbers("NO1234567");

        MatchResult result = scorer.score(scanned, sokSokha());
        MatchResult withoutDocument = scorer.score(query("Sokha"), sokSokha());

        assertThat(result.score()).isGreaterThan(withoutDocument.score());
        assertThat(result.reasons())
                .contains(
                        "document number NO1234567 matches N01234567 except for one OCR confusion: O read for 0 at position 2");
    }

    @Test
    void exactPassportRaisesMoreThanOcrSlip() {
        double exact = scorer.score(query("Sokha").withDocumentNumbers("N0123-4567"), sokSokha())
                .score();
        double slip = scorer.score(query("Sokha").withDocumentNumbers("NO1234567"), sokSokha())
                .score();

        assertThat(exact).isGreaterThan(slip);
    }

    @Test
    void commonNameWithWrongDateOfBirthIsNotStrong() {
        Identity record = Identity.named(PersonName.of("NGUYEN", "Van Thanh")).bornOn(PartialDate.parse("1962-03-01"));
        Identity wrongDate =
                Identity.named(PersonName.of("Nguyen", "Van Thanh")).bornOn(PartialDate.parse("1985-07-20"));

        MatchResult result = scorer.score(wrongDate, record);

        assertThat(result.band()).isNotEqualTo(MatchBand.STRONG);
        assertThat(result.reasons()).contains("date of birth 1985-07-20 does not match 1962-03-01");
    }

    @Test
    void sexMismatchLowersTheScore() {
        double unknown = scorer.score(query("Sokha Chann"), sokSokha()).score();
        double female = scorer.score(query("Sokha Chann").withSex(Sex.FEMALE), sokSokha())
                .score();

        assertThat(female).isLessThan(unknown);
    }

    @Test
    void differentPeopleScoreWeak() {
        assertThat(scorer.score(query("Sophal Heng"), sokSokha()).band()).isEqualTo(MatchBand.WEAK);
        assertThat(scorer.score(query("Somchai Jaidee"), sokSokha()).band()).isEqualTo(MatchBand.WEAK);
        assertThat(scorer.score(query("John Smith").bornOn(PartialDate.ofYear(1970)), sokSokha())
                        .band())
                .isEqualTo(MatchBand.WEAK);
    }

    @Test
    void sameFamilyNameOtherGivenNameIsNotAMatch() {
        Identity brother = Identity.named(PersonName.of("CHANN", "Vannak")).bornOn(PartialDate.parse("1975-02-02"));

        assertThat(scorer.score(brother, sokSokha()).band()).isEqualTo(MatchBand.WEAK);
    }

    @Test
    void scoreStaysWithinZeroAndOneYetEveryAgreementCounts() {
        Identity everythingButTheDocument = Identity.named(PersonName.of("CHANN", "Sokha"))
                .bornOn(PartialDate.parse("1970-05-12"))
                .withSex(Sex.MALE)
                .withNationalities("KHM");
        Identity everything = everythingButTheDocument.withDocumentNumbers("N01234567");

        double all = scorer.score(everything, sokSokha()).score();
        assertThat(all).isGreaterThan(0.99).isLessThanOrEqualTo(1.0);
        assertThat(all)
                .isGreaterThan(
                        scorer.score(everythingButTheDocument, sokSokha()).score());
    }
}

package org.opensor.registry.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A police officer who has only a passport or identity card number, and the records that hold it or nearly. */
class DocumentLookupTest {

    @Test
    void theSameNumberWrittenWithSpacesFillersOrSmallLettersIsAStrongHit() {
        MatchResult hit = DocumentLookup.compare("n0123 4567<<", List.of("X9999999", "N01234567"))
                .orElseThrow();

        assertThat(hit.band()).isEqualTo(MatchBand.STRONG);
        assertThat(hit.documentAgrees()).isTrue();
        assertThat(hit.reasons()).containsExactly("document number N01234567 agrees exactly");
    }

    @Test
    void oneCharacterAnOcrReaderConfusesIsAPossibleHitThatSaysWhichCharacter() {
        MatchResult hit =
                DocumentLookup.compare("NO1234567", List.of("N01234567")).orElseThrow();

        assertThat(hit.band()).isEqualTo(MatchBand.POSSIBLE);
        assertThat(hit.documentAgrees()).isTrue();
        assertThat(hit.reasons())
                .containsExactly("document number NO1234567 differs by one character from N01234567: O read for 0 at"
                        + " position 2, a common OCR misreading");
    }

    @Test
    void oneMistypedMissingOrSwappedCharacterIsAWeakHit() {
        for (String typed : List.of("N01234568", "N0123456", "N012345677", "N01235467")) {
            MatchResult hit =
                    DocumentLookup.compare(typed, List.of("N01234567")).orElseThrow();

            assertThat(hit.band()).as(typed).isEqualTo(MatchBand.WEAK);
            assertThat(hit.documentAgrees()).as(typed).isFalse();
            assertThat(hit.reasons())
                    .as(typed)
                    .containsExactly("document number " + typed + " differs by one character from N01234567");
        }
    }

    @Test
    void twoSlipsOrAShortNumberOneSlipAwayOrNoNumberAtAllAreNoHit() {
        assertThat(DocumentLookup.compare("N01234588", List.of("N01234567"))).isEmpty();
        assertThat(DocumentLookup.compare("NO1234S67", List.of("N01234567")))
                .as("two OCR confusions")
                .isEmpty();
        assertThat(DocumentLookup.compare("123457", List.of("123456")))
                .as("short numbers one slip apart are too often two numbers")
                .isEmpty();
        assertThat(DocumentLookup.compare("N01234567", List.of())).isEmpty();
        assertThat(DocumentLookup.compare("<< -", List.of("N01234567"))).isEmpty();
    }

    @Test
    void theBestOfTheRecordsNumbersDecidesAndTheBandsRankAsTheirScores() {
        MatchResult exact = DocumentLookup.compare("N01234567", List.of("N01234568", "N01234567"))
                .orElseThrow();
        MatchResult ocr = DocumentLookup.compare("N01234567", List.of("N01234568", "NO1234567"))
                .orElseThrow();
        MatchResult slip =
                DocumentLookup.compare("N01234567", List.of("N01234568")).orElseThrow();

        assertThat(exact.band()).isEqualTo(MatchBand.STRONG);
        assertThat(ocr.band()).isEqualTo(MatchBand.POSSIBLE);
        assertThat(List.of(slip, exact, ocr).stream().sorted(MatchResult.BEST_FIRST))
                .containsExactly(exact, ocr, slip);
    }
}

package org.opensor.registry.matching.document.mrz;

/**
 * Letters and digits that OCR confuses in the OCR-B font. A field whose type allows only one of the pair can be
 * corrected with certainty; the correction is still reported.
 */
final class OcrLookalikes {

    private static final String LETTERS = "OIBSZG";
    private static final String DIGITS = "018526";

    private OcrLookalikes() {}

    /** The digit a letter was probably meant to be, or the character itself if it is no lookalike. */
    static char asDigit(char c) {
        int i = LETTERS.indexOf(c);
        return i < 0 ? c : DIGITS.charAt(i);
    }

    /** The letter a digit was probably meant to be, or the character itself if it is no lookalike. */
    static char asLetter(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? c : LETTERS.charAt(i);
    }

    /** The other member of the pair, for fields that allow both letters and digits; the character if none. */
    static char counterpart(char c) {
        char digit = asDigit(c);
        return digit != c ? digit : asLetter(c);
    }
}

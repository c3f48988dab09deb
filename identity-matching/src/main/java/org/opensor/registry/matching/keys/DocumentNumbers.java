package org.opensor.registry.matching.keys;

import java.util.Locale;

/**
 * Document numbers (passports, identity cards) in the forms used to compare them.
 *
 * <p>Machine-readable zones and scanned documents are read by OCR, which confuses 0/O, 1/I, 5/S, 8/B and 2/Z.
 * The {@linkplain #ocrTolerant(String) OCR-tolerant form} maps each of these pairs to the digit, so that a
 * number with such a slip has the same key as the correct one.
 */
public final class DocumentNumbers {

    private static final String OCR_LETTERS = "OISBZ";
    private static final String OCR_DIGITS = "01582";

    private DocumentNumbers() {}

    /** Upper case, letters and digits only: {@code "n 0123-4567"} → {@code "N01234567"}. */
    public static String plain(String number) {
        StringBuilder out = new StringBuilder();
        for (char ch : number.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** The plain form with O→0, I→1, S→5, B→8, Z→2: {@code "NO1234S67"} → {@code "N01234567"}. */
    public static String ocrTolerant(String number) {
        StringBuilder out = new StringBuilder(plain(number));
        for (int i = 0; i < out.length(); i++) {
            int confusable = OCR_LETTERS.indexOf(out.charAt(i));
            if (confusable >= 0) {
                out.setCharAt(i, OCR_DIGITS.charAt(confusable));
            }
        }
        return out.toString();
    }

    /** Whether {@code a} and {@code b} are both the same character under OCR confusion (e.g. 'O' and '0'). */
    public static boolean ocrConfusable(char a, char b) {
        return a != b && ocrTolerant(String.valueOf(a)).equals(ocrTolerant(String.valueOf(b)));
    }
}

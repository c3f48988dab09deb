package org.opensor.registry.matching.document.mrz;

/** The ICAO 9303 check digit: weights 7, 3, 1 repeating over character values, modulo 10. */
final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {}

    static int of(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += valueOf(data.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** Digits count as themselves, A-Z as 10-35, the filler and anything unreadable as 0. */
    static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }
}

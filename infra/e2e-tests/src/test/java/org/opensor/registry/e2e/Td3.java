package org.opensor.registry.e2e;

/** A valid ICAO 9303 TD3 (passport) machine-readable zone with every check digit, as a passport reader gives it. */
final class Td3 {

    private Td3() {
    }

    static String of(String surname, String givenNames, String documentNumber, String nationality, String birthYymmdd,
                     char sex, String expiryYymmdd) {
        String line1 = pad("P<" + nationality + surname + "<<" + givenNames.replace(' ', '<'), 44);
        String doc = pad(documentNumber, 9);
        String optional = pad("", 14);
        String body = doc + check(doc) + nationality + birthYymmdd + check(birthYymmdd) + sex + expiryYymmdd + check(expiryYymmdd)
                + optional + check(optional);
        String composite = doc + check(doc) + birthYymmdd + check(birthYymmdd) + expiryYymmdd + check(expiryYymmdd) + optional + check(optional);
        return line1 + "\n" + body + check(composite);
    }

    /** The 7-3-1 weighted check digit of ICAO 9303 part 3. */
    static char check(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    private static String pad(String text, int length) {
        return (text + "<".repeat(length)).substring(0, length);
    }
}

package org.opensor.registry.matching.document.mrz;

/**
 * Test data builder for TD3 (passport) zones with correct check digits, so a test can change one field and nothing
 * else. Shared with the other modules' tests through this module's test jar.
 */
public final class Td3Builder {

    private String code = "P<";
    private String state = "UTO";
    private String name = "ERIKSSON<<ANNA<MARIA";
    private String number = "L898902C3";
    private String nationality = "UTO";
    private String birth = "740812";
    private String sex = "F";
    private String expiry = "120415";
    private String personal = "ZE184226B";

    public static Td3Builder aPassport() {
        return new Td3Builder();
    }

    /** A passport of {@code nationality}, issued by that state, with an empty personal number. */
    public static String of(
            String surname,
            String givenNames,
            String documentNumber,
            String nationality,
            String birthYymmdd,
            char sex,
            String expiryYymmdd) {
        Td3Builder passport = aPassport()
                .name(surname + "<<" + givenNames.replace(' ', '<'))
                .number(documentNumber)
                .birth(birthYymmdd)
                .sex(String.valueOf(sex))
                .expiry(expiryYymmdd)
                .personalNumber("");
        passport.state = nationality;
        passport.nationality = nationality;
        return passport.build();
    }

    public Td3Builder number(String value) {
        number = value;
        return this;
    }

    public Td3Builder birth(String value) {
        birth = value;
        return this;
    }

    public Td3Builder expiry(String value) {
        expiry = value;
        return this;
    }

    public Td3Builder sex(String value) {
        sex = value;
        return this;
    }

    public Td3Builder personalNumber(String value) {
        personal = value;
        return this;
    }

    /** Issuing state and nationality, e.g. {@code D} for a German passport. */
    public Td3Builder state(String value) {
        state = value;
        nationality = value;
        return this;
    }

    public Td3Builder name(String value) {
        name = value;
        return this;
    }

    String line1() {
        return pad(code + pad(state, 3) + name, 44);
    }

    String line2() {
        String num = pad(number, 9);
        String pers = pad(personal, 14);
        String start = num
                + CheckDigit.of(num)
                + pad(nationality, 3)
                + birth
                + CheckDigit.of(birth)
                + sex
                + expiry
                + CheckDigit.of(expiry)
                + pers
                + CheckDigit.of(pers);
        String composite = start.substring(0, 10) + start.substring(13, 20) + start.substring(21, 43);
        return start + CheckDigit.of(composite);
    }

    public String build() {
        return line1() + "\n" + line2();
    }

    private static String pad(String value, int length) {
        return (value + "<".repeat(length)).substring(0, length);
    }
}

package org.opensor.registry.matching;

/**
 * A person's name as it was written, in any script.
 *
 * <p>Registries record family and given names separately when they can; screening input and old records often
 * have only one string whose order is unknown, which goes into {@code full}. Any component may be null.
 *
 * @param family family name (surname), e.g. {@code "CHANN"} or {@code "ចាន់"}
 * @param given  given names, e.g. {@code "Sokha"}
 * @param full   the whole name when it is not split into parts, e.g. {@code "Sokhar Chann"}
 */
public record PersonName(String family, String given, String full) {

    public PersonName {
        family = blankToNull(family);
        given = blankToNull(given);
        full = blankToNull(full);
        if (family == null && given == null && full == null) {
            throw new IllegalArgumentException("a name needs at least one of family, given or full");
        }
    }

    /** Equality written out: names key the scorer's memos, and the generated one went through method handles. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName name
                && java.util.Objects.equals(family, name.family)
                && java.util.Objects.equals(given, name.given)
                && java.util.Objects.equals(full, name.full);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(family) * 961
                + java.util.Objects.hashCode(given) * 31
                + java.util.Objects.hashCode(full);
    }

    /** A name split into family and given parts. */
    public static PersonName of(String family, String given) {
        return new PersonName(family, given, null);
    }

    /** A name known only as one string, in no particular order. */
    public static PersonName full(String full) {
        return new PersonName(null, null, full);
    }

    /** The name for display in reasons: family name in capitals first, as on travel documents. */
    public String display() {
        if (full != null) {
            return full;
        }
        if (family == null) {
            return given;
        }
        return given == null ? family.toUpperCase() : family.toUpperCase() + " " + given;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

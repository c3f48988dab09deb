package org.opensor.registry.api.registrant;

/**
 * Another name a person is known by; either split into parts or, when the order is unknown, one full name.
 *
 * @param dateOfBirth the date of birth given with this alias, or null to use the person's
 */
public record Alias(String familyName, String givenNames, String fullName, PartialDate dateOfBirth) {

    public Alias {
        if (familyName == null && givenNames == null && fullName == null) {
            throw new IllegalArgumentException("an alias needs a name");
        }
    }

    @Override
    public String toString() {
        String name = fullName != null
                ? fullName
                : (familyName == null ? "" : familyName) + (givenNames == null ? "" : " " + givenNames);
        return name.strip() + (dateOfBirth == null ? "" : " (born " + dateOfBirth + ")");
    }
}

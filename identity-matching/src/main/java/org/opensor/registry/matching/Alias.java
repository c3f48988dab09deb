package org.opensor.registry.matching;

/**
 * Another name a person is known by. Registrants sometimes give a different date of birth with an alias, so
 * an alias may carry its own.
 *
 * @param name        the alias
 * @param dateOfBirth the date of birth given with this alias, or null to use the identity's
 */
public record Alias(PersonName name, PartialDate dateOfBirth) {

    public Alias {
        if (name == null) {
            throw new IllegalArgumentException("an alias needs a name");
        }
    }
}

package org.opensor.registry.api.registrant;

import java.util.List;

/** What a court clerk gives to enter a person; already checked against the registry's rules. */
public record RegisterPerson(PersonName name, PartialDate dateOfBirth, Sex sex, List<Nationality> nationalities) {
}

package org.opensor.registry.api.registrant;

import java.time.Instant;
import java.util.List;

/**
 * A person in the registry. This first cut holds the identity core; every change raises {@link #version()}.
 *
 * @param createdBy the account that entered the person
 */
public record Registrant(RegistrantId id, long version, PersonName name, PartialDate dateOfBirth, Sex sex,
                         List<Nationality> nationalities, Instant createdAt, String createdBy, Instant updatedAt) {

    public Registrant {
        nationalities = List.copyOf(nationalities);
    }

    /** A new registrant at version 1, entered now by {@code actor}. */
    public static Registrant register(RegisterPerson command, String actor, Instant now) {
        return new Registrant(RegistrantId.random(), 1, command.name(), command.dateOfBirth(), command.sex(),
                command.nationalities(), now, actor, now);
    }
}

package org.opensor.registry.api.registrant;

import java.util.Objects;
import java.util.UUID;

/** The registrant's identity in this registry; never reused, never derived from personal data. */
public record RegistrantId(UUID value) {

    public RegistrantId {
        Objects.requireNonNull(value, "value");
    }

    public static RegistrantId random() {
        return new RegistrantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

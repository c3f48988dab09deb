package org.opensor.registry.api.decree;

import java.util.Objects;
import java.util.UUID;

/** The registry's id of a decree. */
public record DecreeId(UUID value) {

    public DecreeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

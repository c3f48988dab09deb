package org.opensor.registry.events.registrant;

import org.opensor.registry.events.envelope.MalformedEventException;

/**
 * The custody statuses {@link RegistrantStateV1#custodyStatus()} carries, as its JSON schema lists them
 * ({@code schemas/registrant-state.v1.json}); a consumer compares with these, never with strings of its own.
 * Escape is recorded as {@link #ABSCONDED}.
 */
public enum CustodyStatusV1 {
    NOT_IN_CUSTODY,
    IN_CUSTODY,
    ON_BAIL,
    ON_PAROLE,
    ABSCONDED,
    DEPORTED,
    DECEASED;

    /**
     * The status an event names.
     *
     * @throws MalformedEventException for a value the v1 contract does not have (a new value needs a new version)
     */
    public static CustodyStatusV1 of(String value) {
        for (CustodyStatusV1 status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw new MalformedEventException("custodyStatus is not a v1 custody status");
    }
}

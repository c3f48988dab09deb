package org.opensor.registry.events.registrant;

/** Event types on {@link org.opensor.registry.events.Topics#REGISTRANTS}. A released type is never edited: add v2. */
public final class RegistrantEventTypes {

    /** A person was entered into the registry. Payload: {@link RegistrantStateV1}. */
    public static final String REGISTERED_V1 = "org.opensor.registry.registrant.registered.v1";

    private RegistrantEventTypes() {
    }
}

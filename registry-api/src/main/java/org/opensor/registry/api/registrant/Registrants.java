package org.opensor.registry.api.registrant;

import java.util.Optional;

/** The registrants held by the registry. */
public interface Registrants {

    void add(Registrant registrant);

    Optional<Registrant> find(RegistrantId id);
}

package org.opensor.registry.api.statute;

import java.util.List;
import java.util.Optional;

/** The library of registrable offences (seeded by Flyway with the Cambodian 2008 law). */
public interface Statutes {

    Optional<Offence> find(String id);

    List<Offence> all();
}

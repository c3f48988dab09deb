package org.opensor.registry.api.statute;

import java.util.List;
import java.util.Optional;

/** The library of registrable offences (seeded by Flyway with the Cambodian 2008 law). */
public interface Statutes {

    Optional<Offence> find(String id);

    List<Offence> all();

    /** One library article with its Khmer title, penalty range and source. */
    Optional<LibraryEntry> entry(String id);

    /** The library with Khmer titles, penalty ranges and sources, in the order of {@link #all()}. */
    List<LibraryEntry> entries();
}

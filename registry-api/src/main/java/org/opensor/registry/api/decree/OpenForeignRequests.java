package org.opensor.registry.api.decree;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which registrants a foreign state has an open request for (extradition request, INTERPOL notice): the decree
 * preview's "wanted elsewhere" column, answered by the extradition package's foreign requests; {@link #NONE} serves a
 * registry-api assembled without them.
 */
public interface OpenForeignRequests {

    /** Answers "nobody is wanted elsewhere"; used while no wanted-elsewhere records exist. */
    OpenForeignRequests NONE = registrants -> Set.of();

    /** The registrants among {@code registrants} with at least one open foreign request. */
    Set<UUID> wantedAmong(Collection<UUID> registrants);
}

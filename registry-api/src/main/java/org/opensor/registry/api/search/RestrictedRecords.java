package org.opensor.registry.api.search;

import java.util.Collection;
import java.util.Set;

/** Which registrants are restricted to named units that do not include the caller's (need to know). */
public interface RestrictedRecords {

    /** The ids among {@code registrantIds} that a caller of {@code unit} (null for none) may not see. */
    Set<String> hiddenFrom(String unit, Collection<String> registrantIds);
}

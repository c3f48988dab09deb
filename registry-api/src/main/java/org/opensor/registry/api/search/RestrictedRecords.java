package org.opensor.registry.api.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Which registrants are restricted to named units (need to know), as {@code RecordVisibility} keeps them. */
public interface RestrictedRecords {

    /** The units each restricted registrant among {@code registrantIds} is restricted to; unrestricted ones are absent. */
    Map<String, List<String>> restrictingUnits(Collection<String> registrantIds);
}

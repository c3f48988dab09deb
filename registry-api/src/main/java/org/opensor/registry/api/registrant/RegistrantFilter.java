package org.opensor.registry.api.registrant;

import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.place.CountryCode;

/**
 * What to list; each part optional.
 *
 * @param namePrefix a prefix of any word of the Latin name, compared normalized (case and accents ignored)
 */
public record RegistrantFilter(String namePrefix, CountryCode nationality, CustodyStatus custodyStatus) {
}

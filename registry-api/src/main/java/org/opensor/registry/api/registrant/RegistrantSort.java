package org.opensor.registry.api.registrant;

/** The orders a registrant list can be read in; each ends on the id, so pages never overlap or skip. */
public enum RegistrantSort {
    /** Newest registered first. */
    NEWEST,
    /** Family name, then given names, A to Z. */
    NAME,
    /** The next verification due soonest first; people with none due last. */
    VERIFICATION_DUE,
    /** The oldest first (by the date of birth as recorded, year first); unknown last. */
    DATE_OF_BIRTH
}

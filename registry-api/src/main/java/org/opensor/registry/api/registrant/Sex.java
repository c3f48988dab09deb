package org.opensor.registry.api.registrant;

/** Sex as recorded in identity documents (ICAO 9303 uses M, F and X/unspecified). */
public enum Sex {
    MALE,
    FEMALE,
    UNKNOWN
}

package org.opensor.registry.matching;

/** Sex as recorded on documents; {@link #UNKNOWN} when not given, which never counts against a match. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}

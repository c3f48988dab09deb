package org.opensor.registry.matching.document;

/** How bad a problem found while reading a travel document is. */
public enum Severity {
    /** The value is missing or wrong; fields that depend on it must not be trusted. */
    ERROR,
    /** Read, but corrected or unusual: the officer should see it, the value can still be used. */
    WARNING
}

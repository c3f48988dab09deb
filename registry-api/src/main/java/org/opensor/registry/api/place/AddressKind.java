package org.opensor.registry.api.place;

/** What a place is to the registrant. */
public enum AddressKind {
    RESIDENCE,
    TEMPORARY_LODGING,
    EMPLOYMENT,
    SCHOOL
}

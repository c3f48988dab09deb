package org.opensor.registry.api.registrant;

public enum DocumentType {
    PASSPORT,
    NATIONAL_ID,
    RESIDENCE_PERMIT,
    DRIVING_LICENCE,
    OTHER
}

package org.opensor.registry.api.registration;

public enum RegistrationStatus {
    ACTIVE,
    ENDED
}

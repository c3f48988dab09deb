package org.opensor.registry.api.extradition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Raises a guard alert before a person another state asks for is released, bailed, paroled, pardoned or deported.
 * Implemented by the extradition feature; it writes nothing for a person with no open request.
 */
public interface ReleaseGuard {

    enum Release {
        RELEASE,
        BAIL,
        PAROLE,
        PARDON,
        DEPORTATION
    }

    /**
     * In the caller's transaction, before the change itself is written, so that the guard's event precedes it.
     *
     * @param registrantId the registrant, or null for an accused who is not on the register
     * @param takesEffectOn the day the change takes effect
     */
    void beforeRelease(UUID subjectId, UUID registrantId, Release release, LocalDate takesEffectOn, String actor);
}

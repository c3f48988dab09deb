package org.opensor.registry.api.decree.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The clerk's decision on one decree line.
 *
 * @param decision     CONFIRM the link, or REJECT it (nothing is then recorded for the line)
 * @param registrantId to confirm a link to another registrant than the one proposed; else absent
 */
public record LineDecisionRequest(@NotNull Decision decision, UUID registrantId) {

    /** Confirm or reject. */
    public enum Decision {
        CONFIRM,
        REJECT
    }
}

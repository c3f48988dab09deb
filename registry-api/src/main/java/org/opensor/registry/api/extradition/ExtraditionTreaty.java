package org.opensor.registry.api.extradition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A bilateral extradition treaty of Cambodia, as the administrator keeps it.
 *
 * @param state            ISO 3166-1 alpha-3 code of the other party
 * @param minPenaltyMonths the treaty's own penalty threshold, or null when the registry's default applies
 * @param source           where the entry was checked, and what was not
 */
public record ExtraditionTreaty(
        String state,
        String title,
        LocalDate signedOn,
        boolean inForce,
        Integer minPenaltyMonths,
        String source,
        String updatedBy,
        Instant updatedAt) {}

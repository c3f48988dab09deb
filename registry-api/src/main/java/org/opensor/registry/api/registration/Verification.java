package org.opensor.registry.api.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An address verification by the police.
 *
 * @param note       what the officer noted, or null
 * @param verifiedBy the account that recorded it
 */
public record Verification(
        UUID id,
        LocalDate verifiedOn,
        VerificationOutcome outcome,
        String note,
        String verifiedBy,
        Instant recordedAt) {

    public Verification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verifiedOn, "verifiedOn");
        Objects.requireNonNull(outcome, "outcome");
    }
}

package org.opensor.registry.api.conviction.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.statute.OffenceCategory;

/**
 * A conviction as the judgment states it. Name the offence by {@code offenceId} from {@code GET /api/v1/statutes};
 * a foreign conviction under a law not in the library gives {@code foreignOffence} instead.
 *
 * @param country          ISO 3166-1 alpha-3 code of the convicting state ({@code KHM} for a Cambodian court)
 * @param registrationTier tier to apply; absent for the policy's default (TIER_3 for offences against children)
 */
public record ConvictionRequest(
        @NotBlank @Size(max = 200) String court,
        @NotBlank @Size(max = 100) String caseNumber,
        @NotNull LocalDate judgmentDate,
        @Size(max = 50) String offenceId,
        @Valid ForeignOffenceRequest foreignOffence,
        @NotNull Boolean victimMinor,
        @NotBlank String country,
        @Min(0) @Max(1200) Integer sentenceMonths,
        RegistrationTier registrationTier,
        @Size(max = 1000) String reason) {

    /** A foreign-law offence as the foreign judgment words it. */
    public record ForeignOffenceRequest(
            @NotBlank @Size(max = 300) String statute,
            @NotBlank @Size(max = 50) String article,
            @NotNull OffenceCategory category) {}
}

package org.opensor.registry.api.registrant.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.opensor.registry.api.registration.VerificationOutcome;

/** What the police found when they checked the registrant's address, and when. */
public record VerificationRequest(
        @NotNull LocalDate verifiedOn,
        @NotNull VerificationOutcome outcome,
        @Size(max = 1000) String note,
        @Size(max = 1000) String reason) {}

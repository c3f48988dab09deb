package org.opensor.registry.api.registrant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.opensor.registry.api.registrant.DocumentType;

/** An identity document; {@code issuingState} is an ISO 3166-1 alpha-3 code. */
public record DocumentRequest(
        @NotNull DocumentType type,
        @NotBlank @Size(max = 50) String number,
        @NotBlank String issuingState,
        LocalDate expiresOn) {}

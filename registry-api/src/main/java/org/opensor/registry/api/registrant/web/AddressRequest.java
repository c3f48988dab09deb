package org.opensor.registry.api.registrant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.opensor.registry.api.place.AddressKind;

/** A residence, temporary lodging, employment or school, with the days it holds ({@code validTo} absent while it does). */
public record AddressRequest(
        @NotNull AddressKind kind,
        @NotBlank @Size(max = 300) String line,
        @Size(max = 100) String district,
        @Size(max = 100) String province,
        @NotBlank String country,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 1000) String reason) {}

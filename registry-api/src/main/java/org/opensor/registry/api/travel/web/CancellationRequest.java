package org.opensor.registry.api.travel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a travel notice is cancelled (the trip will not take place). */
public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {}

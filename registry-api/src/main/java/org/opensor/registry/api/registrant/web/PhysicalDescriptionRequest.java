package org.opensor.registry.api.registrant.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

public record PhysicalDescriptionRequest(
        @Min(50) @Max(260) Integer heightCm,
        @Size(max = 50) String eyeColour,
        @Size(max = 50) String hairColour,
        @Size(max = 1000) String distinguishingMarks) {}

package org.opensor.registry.api.registrant.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Another name; family and given names apart when known, else one full name (any script).
 *
 * @param dateOfBirth the date of birth given with this alias ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), if any
 */
public record AliasRequest(
        @Size(max = 200) String familyName,
        @Size(max = 200) String givenNames,
        @Size(max = 300) String fullName,

        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String dateOfBirth) {}

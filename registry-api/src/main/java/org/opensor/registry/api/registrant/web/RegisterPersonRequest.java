package org.opensor.registry.api.registrant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opensor.registry.api.registrant.Sex;

/**
 * A person to enter, as a court clerk sends it.
 *
 * @param familyName         family name in Latin letters, e.g. {@code SOK}
 * @param givenNames         given names in Latin letters, e.g. {@code Sokha}
 * @param originalScriptName the name in its original script, e.g. {@code សុខ សុខា}
 * @param dateOfBirth        {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param nationalities      ISO 3166-1 alpha-3 codes, e.g. {@code KHM}
 */
public record RegisterPersonRequest(
        @NotBlank @Size(max = 200) String familyName,
        @Size(max = 200) String givenNames,
        @Size(max = 200) String originalScriptName,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String dateOfBirth,
        @NotNull Sex sex,
        @Size(max = 10) List<@NotBlank String> nationalities) {
}

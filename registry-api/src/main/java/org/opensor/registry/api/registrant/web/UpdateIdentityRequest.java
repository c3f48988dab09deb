package org.opensor.registry.api.registrant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opensor.registry.api.registrant.Sex;

/**
 * The whole identity as it should now be (PUT semantics: absent parts are removed), with the reason for the change.
 *
 * @param familyName              family name in Latin letters, e.g. {@code SOK}
 * @param givenNames              given names in Latin letters, e.g. {@code Sokha}
 * @param originalScriptName      the name in its original script, e.g. {@code សុខ សុខា}
 * @param dateOfBirth             {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param dateOfBirthPlusMinusYears for an approximate date of birth: how many years it may be off either way
 * @param nationalities           ISO 3166-1 alpha-3 codes, e.g. {@code KHM}
 * @param reason                  why the identity changes (required), kept in the history with the old values
 */
public record UpdateIdentityRequest(
        @NotBlank @Size(max = 200) String familyName,
        @Size(max = 200) String givenNames,
        @Size(max = 300) String originalScriptName,
        @Size(max = 20) List<@Valid @NotNull AliasRequest> aliases,

        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String dateOfBirth,

        @Min(1) @Max(20) Integer dateOfBirthPlusMinusYears,
        @NotNull Sex sex,
        @Size(max = 200) String placeOfBirth,
        @Size(max = 10) List<@NotBlank String> nationalities,
        @Size(max = 20) List<@Valid @NotNull DocumentRequest> documents,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> phoneNumbers,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> internetIdentifiers,
        @Valid PhysicalDescriptionRequest physicalDescription,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> photoReferences,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> biometricReferences,
        @NotBlank @Size(max = 1000) String reason)
        implements IdentityFields {}

package org.opensor.registry.api.charge.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.charge.Accused;
import org.opensor.registry.api.charge.BailCondition;
import org.opensor.registry.api.charge.BailDecision;
import org.opensor.registry.api.charge.NewCharge;
import org.opensor.registry.matching.Sex;

/**
 * A charge as the court clerk enters it.
 *
 * @param registrantId   the registrant charged, when the accused is on the register
 * @param subjectId      the accused of an earlier charge (not a registrant), to keep one person's charges together
 * @param accused        who is charged: screening at the border compares travellers with this
 * @param offence        the offence charged, as the charge sheet words it
 * @param bail           {@code GRANTED}, {@code REFUSED} or {@code NOT_DECIDED}
 * @param bailConditions with {@code GRANTED} only; {@code PROHIBITED_FROM_LEAVING_CAMBODIA} is a court travel ban
 */
record ChargeRequest(
        UUID registrantId,
        UUID subjectId,
        @Valid @NotNull AccusedRequest accused,
        @NotBlank @Size(max = 200) String court,
        @NotBlank @Size(max = 60) String caseNumber,
        @NotBlank @Size(max = 500) String offence,
        @NotNull LocalDate chargedOn,
        @NotNull BailDecision bail,
        @Size(max = 10) List<@NotNull BailCondition> bailConditions) {

    /**
     * The accused: a family name, given names or both.
     *
     * @param dateOfBirth     {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param nationalities   ISO 3166-1 alpha-3 codes
     * @param documentNumbers passport or identity card numbers
     */
    record AccusedRequest(
            @Size(max = 100) String familyName,
            @Size(max = 200) String givenNames,

            @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
            String dateOfBirth,

            Sex sex,

            @Size(max = 5)
            List<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> nationalities,

            @Size(max = 5) List<@NotBlank @Size(max = 30) String> documentNumbers) {}

    NewCharge toCommand() {
        return new NewCharge(
                registrantId,
                subjectId,
                new Accused(
                        blankToNull(accused.familyName()),
                        blankToNull(accused.givenNames()),
                        accused.dateOfBirth(),
                        accused.sex(),
                        accused.nationalities(),
                        accused.documentNumbers() == null
                                ? List.of()
                                : accused.documentNumbers().stream()
                                        .map(String::strip)
                                        .toList()),
                court,
                caseNumber,
                offence,
                chargedOn,
                bail,
                bailConditions);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

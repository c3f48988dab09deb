package org.opensor.registry.api.decree;

import java.time.LocalDate;
import java.util.List;

/**
 * A decree as the clerk enters it, before it is checked and matched: beneficiaries typed line by line, or a list
 * pasted or uploaded as CSV or plain text (exactly one of the two).
 *
 * @param beneficiaries   typed lines, or null
 * @param beneficiaryList the CSV or text list, or null
 */
public record NewDecree(
        String number,
        LocalDate date,
        String occasion,
        DecreeKind kind,
        Integer reductionMonths,
        List<TypedBeneficiary> beneficiaries,
        String beneficiaryList) {

    /** One typed line. */
    public record TypedBeneficiary(String name, String dateOfBirth, String documentNumber) {}
}

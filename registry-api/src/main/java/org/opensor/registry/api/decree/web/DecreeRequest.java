package org.opensor.registry.api.decree.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.opensor.registry.api.decree.DecreeKind;
import org.opensor.registry.api.decree.NewDecree;

/**
 * A pardon or sentence-reduction decree and its beneficiaries. Give the beneficiaries either typed
 * ({@code beneficiaries}) or as the content of a CSV or text file ({@code beneficiaryList}: one person per line, the
 * name in Khmer or Latin script, then optionally the date of birth and a document or prison number, separated by
 * commas, semicolons, tabs or bars). A pasted list holds at most 10,000 characters (about 250 lines), the API's limit
 * for any text: send a longer decree as typed {@code beneficiaries} (up to 2,000), or upload it in the console.
 *
 * @param number          the decree's number as signed, e.g. {@code NS/RKT/0213/120}
 * @param date            the date it was signed
 * @param occasion        the occasion it names (e.g. Khmer New Year)
 * @param kind            PARDON or REDUCTION
 * @param reductionMonths for a REDUCTION: the months it takes off each sentence
 * @param beneficiaries   the beneficiaries typed one by one
 * @param beneficiaryList the beneficiaries as the text of a CSV or plain-text list
 */
public record DecreeRequest(
        String number,
        LocalDate date,
        @Size(max = 200) String occasion,
        DecreeKind kind,
        Integer reductionMonths,
        @Size(max = 2000) List<@Valid BeneficiaryRequest> beneficiaries,
        @Size(max = 10_000) String beneficiaryList) {

    /**
     * @param name           the name as the decree writes it, Khmer or Latin script
     * @param dateOfBirth    YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY
     * @param documentNumber an identity document or prison number
     */
    public record BeneficiaryRequest(
            @Size(max = 200) String name,
            @Size(max = 20) String dateOfBirth,
            @Size(max = 40) String documentNumber) {}

    NewDecree toCommand() {
        return new NewDecree(
                number,
                date,
                occasion,
                kind,
                reductionMonths,
                beneficiaries == null
                        ? null
                        : beneficiaries.stream()
                                .map(b -> b == null
                                        ? null
                                        : new NewDecree.TypedBeneficiary(b.name(), b.dateOfBirth(), b.documentNumber()))
                                .toList(),
                beneficiaryList);
    }
}

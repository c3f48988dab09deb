package org.opensor.registry.api.custody.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.CustodyStatus;

/**
 * A custody event from a court order, prison record or decree.
 *
 * @param sourceDocument          reference of the document it is entered from
 * @param decreeNumber            for ROYAL_PARDON and SENTENCE_REDUCTION
 * @param decreeDate              for ROYAL_PARDON and SENTENCE_REDUCTION
 * @param releasesFromCustody     for a ROYAL_PARDON that frees the person
 * @param correctsEventId         for a CORRECTION: the entry it corrects
 * @param correctedStatus         for a CORRECTION: the status that is right
 * @param reason                  why; required for a CORRECTION
 */
public record CustodyEventRequest(
        @NotNull CustodyEventType type,
        @NotNull LocalDate effectiveDate,
        @NotBlank @Size(max = 300) String sourceDocument,
        @Size(max = 100) String decreeNumber,
        LocalDate decreeDate,
        Integer sentenceReducedByMonths,
        Boolean releasesFromCustody,
        @Size(max = 200) String facility,
        UUID correctsEventId,
        CustodyStatus correctedStatus,
        @Size(max = 1000) String reason) {}

package org.opensor.registry.api.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the custody timeline, kept for good: later entries (corrections included) never change it.
 *
 * @param sourceDocument          the court order, prison record or decree it was entered from
 * @param decree                  for a pardon or sentence reduction, else null
 * @param sentenceReducedByMonths for a sentence reduction or a pardon that shortens the sentence, else null
 * @param releasesFromCustody     for a royal pardon that frees the person
 * @param facility                the prison admitted to or transferred to, or null
 * @param correctsEventId         for a correction: the entry it corrects
 * @param statusAfter             the custody status this entry leaves
 * @param enteredBy               the account that entered it
 */
public record CustodyEvent(
        UUID id,
        CustodyEventType type,
        LocalDate effectiveDate,
        String sourceDocument,
        Decree decree,
        Integer sentenceReducedByMonths,
        boolean releasesFromCustody,
        String facility,
        UUID correctsEventId,
        CustodyStatus statusAfter,
        String enteredBy,
        Instant enteredAt,
        String reason) {

    public CustodyEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(sourceDocument, "sourceDocument");
        Objects.requireNonNull(statusAfter, "statusAfter");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }
}

package org.opensor.registry.api.custody;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A custody event as a clerk enters it, before the timeline has accepted it.
 *
 * @param correctedStatus for a correction: the status that is right
 * @param reason          why it is entered; required for a correction
 */
public record NewCustodyEvent(
        CustodyEventType type,
        LocalDate effectiveDate,
        String sourceDocument,
        String decreeNumber,
        LocalDate decreeDate,
        Integer sentenceReducedByMonths,
        boolean releasesFromCustody,
        String facility,
        UUID correctsEventId,
        CustodyStatus correctedStatus,
        String reason) {}

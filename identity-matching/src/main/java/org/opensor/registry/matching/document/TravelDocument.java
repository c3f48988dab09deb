package org.opensor.registry.matching.document;

import java.time.LocalDate;

/**
 * One identity or travel document as read from an MRZ or a manifest. Any component may be null when the source
 * did not give it or it could not be read.
 *
 * @param type         document code as written: {@code P}, {@code PO}, {@code I}, {@code ID}, {@code V} (MRZ) or
 *                     the PAXLST document type ({@code P} passport, {@code V} visa, ...)
 * @param number       the document number without filler characters
 * @param issuingState issuing state or organisation, ICAO code (ISO 3166-1 alpha-3 or {@code D}, {@code UTO}, ...)
 * @param expiry       date of expiry
 */
public record TravelDocument(String type, String number, String issuingState, LocalDate expiry) {

    /** True when the document has an expiry date before {@code today}. */
    public boolean isExpiredOn(LocalDate today) {
        return expiry != null && expiry.isBefore(today);
    }
}

package org.opensor.registry.api.registrant;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.opensor.registry.api.place.CountryCode;

/** A passport, identity card or other document; the number as written on it. */
public record IdentityDocument(DocumentType type, String number, CountryCode issuingState, LocalDate expiresOn) {

    public IdentityDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuingState, "issuingState");
    }

    /** Upper case, letters and digits only: the form two records of the same document share ({@code n 0123-45} → {@code N012345}). */
    public String normalizedNumber() {
        return number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    @Override
    public String toString() {
        return type + " " + number + " " + issuingState + (expiresOn == null ? "" : " expires " + expiresOn);
    }
}

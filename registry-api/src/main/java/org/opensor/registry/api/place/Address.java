package org.opensor.registry.api.place;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.opensor.registry.api.refusal.RuleViolation;

/**
 * A place where a registrant lives, lodges, works or studies, for a period.
 *
 * @param validTo    last day the address holds, or null while it still does
 * @param recordedBy the account that recorded it
 */
public record Address(
        UUID id,
        AddressKind kind,
        String line,
        String district,
        String province,
        CountryCode country,
        LocalDate validFrom,
        LocalDate validTo,
        String recordedBy,
        Instant recordedAt) {

    public Address {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new RuleViolation(
                    "validTo", "not-before-valid-from", "validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    /** Whether the address holds on {@code day}. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}

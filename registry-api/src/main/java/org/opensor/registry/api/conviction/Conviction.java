package org.opensor.registry.api.conviction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.statute.Offence;

/**
 * A conviction as the judgment states it.
 *
 * @param offence        the offence with statute and article as worded at conviction
 * @param victimMinor    whether a victim was under 18
 * @param foreign        true when a foreign court convicted (the country is not Cambodia)
 * @param country        the convicting state
 * @param sentenceMonths sentence in months as pronounced, or null (e.g. a fine only)
 */
public record Conviction(
        UUID id,
        String court,
        String caseNumber,
        LocalDate judgmentDate,
        Offence offence,
        boolean victimMinor,
        boolean foreign,
        CountryCode country,
        Integer sentenceMonths,
        String recordedBy,
        Instant recordedAt) {

    public Conviction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(judgmentDate, "judgmentDate");
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(country, "country");
    }

    /** A sexual offence against a child: a minor victim, or an offence that by definition has one. */
    public boolean againstAChild() {
        return victimMinor || offence.category().againstChildren();
    }
}

package org.opensor.registry.api.registrant;

import java.time.LocalDate;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.statute.OffenceCategory;

/**
 * A conviction as a clerk enters it: either a library offence ({@code offenceId}) or, for a foreign conviction,
 * the foreign statute, article and category as the foreign judgment words them.
 *
 * @param tier registration tier to apply, or null for the policy's default
 */
public record RecordConviction(
        String court,
        String caseNumber,
        LocalDate judgmentDate,
        String offenceId,
        String foreignStatute,
        String foreignArticle,
        OffenceCategory foreignCategory,
        boolean victimMinor,
        CountryCode country,
        Integer sentenceMonths,
        RegistrationTier tier,
        String reason) {}

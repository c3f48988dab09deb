package org.opensor.registry.api.registrant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A registrant as a list shows it: enough to tell people apart and pick one.
 *
 * @param nextVerificationDue the day the next address verification is due; null when none is
 * @param verificationOverdue true when an active registration's verification was due before today
 */
public record RegistrantSummary(
        UUID id,
        long version,
        String familyName,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        String sex,
        List<String> nationalities,
        String custodyStatus,
        String registrationStatus,
        String registrationTier,
        String complianceStatus,
        LocalDate nextVerificationDue,
        boolean verificationOverdue) {}

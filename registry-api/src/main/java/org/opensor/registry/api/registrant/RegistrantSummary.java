package org.opensor.registry.api.registrant;

import java.util.List;
import java.util.UUID;

/** A registrant as a list shows it: enough to tell people apart and pick one. */
public record RegistrantSummary(UUID id, long version, String familyName, String givenNames, String originalScriptName,
                                String dateOfBirth, String sex, List<String> nationalities, String custodyStatus,
                                String registrationStatus) {
}

package org.opensor.registry.api.registrant.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registrant as the API shows it. {@code version} is also sent as the ETag. */
public record RegistrantResponse(UUID id, long version, String familyName, String givenNames, String originalScriptName,
                                 String dateOfBirth, String sex, List<String> nationalities, Instant createdAt, String createdBy) {
}

package org.opensor.registry.events.registrant;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full identity state of a registrant after a change (state-carrying event: a consumer needs no other
 * source). JSON schema: {@code schemas/registrant-state.v1.json}.
 *
 * @param registrantId      the aggregate id
 * @param version           increases by one with every change of the registrant; consumers keep the highest
 * @param familyName        family name in Latin letters, as recorded
 * @param givenNames        given names in Latin letters, as recorded (may be empty)
 * @param originalScriptName the name in its original script (e.g. Khmer), or null
 * @param dateOfBirth       {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when unknown
 * @param sex               {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
 * @param nationalities     ISO 3166-1 alpha-3 codes
 * @param changedAt         when the change was committed
 */
public record RegistrantStateV1(UUID registrantId, long version, String familyName, String givenNames,
                                String originalScriptName, String dateOfBirth, String sex,
                                List<String> nationalities, Instant changedAt) {

    public RegistrantStateV1 {
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(familyName, "familyName is required");
        Objects.requireNonNull(sex, "sex is required");
        Objects.requireNonNull(changedAt, "changedAt is required");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    }
}

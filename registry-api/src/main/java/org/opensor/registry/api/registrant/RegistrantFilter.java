package org.opensor.registry.api.registrant;

import java.time.LocalDate;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registration.ComplianceStatus;
import org.opensor.registry.api.registration.RegistrationStatus;
import org.opensor.registry.api.registration.RegistrationTier;

/**
 * What to list and in which order; each part optional.
 *
 * @param namePrefix         a prefix of any word of the Latin name, compared normalized (case and accents ignored)
 * @param overdueOn          when set, only active registrations whose next verification was due before this day
 * @param sort               the order; null is {@link RegistrantSort#NEWEST}
 */
public record RegistrantFilter(
        String namePrefix,
        CountryCode nationality,
        CustodyStatus custodyStatus,
        RegistrationStatus registrationStatus,
        RegistrationTier tier,
        ComplianceStatus compliance,
        LocalDate overdueOn,
        RegistrantSort sort) {

    public RegistrantFilter {
        sort = sort == null ? RegistrantSort.NEWEST : sort;
    }

    /** By name, nationality and custody only, newest first. */
    public RegistrantFilter(String namePrefix, CountryCode nationality, CustodyStatus custodyStatus) {
        this(namePrefix, nationality, custodyStatus, null, null, null, null, RegistrantSort.NEWEST);
    }
}

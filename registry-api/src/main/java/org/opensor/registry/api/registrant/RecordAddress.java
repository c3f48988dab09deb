package org.opensor.registry.api.registrant;

import java.time.LocalDate;
import org.opensor.registry.api.place.AddressKind;
import org.opensor.registry.api.place.CountryCode;

/** An address as a police officer enters it. */
public record RecordAddress(
        AddressKind kind,
        String line,
        String district,
        String province,
        CountryCode country,
        LocalDate validFrom,
        LocalDate validTo,
        String reason) {}

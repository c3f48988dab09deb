package org.opensor.registry.notification.rules;

import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.registrant.CustodyStatusV1;

/**
 * What the rules know about a registrant, from the worker's projection of {@code registry.registrants.v1}.
 * Every fact but the id may be unknown (null or empty): the worker may hear of a trip before the person.
 *
 * @param registrantId      the registrant
 * @param familyName        family name in Latin letters, or null when unknown
 * @param givenNames        given names, or null
 * @param nationalities     ISO 3166-1 alpha-3 codes
 * @param custodyStatus     current custody status, or null when unknown
 * @param residenceCountry  country of the current residence, or null
 * @param residenceDistrict district of the current residence, or null
 */
public record RegistrantFacts(
        UUID registrantId,
        String familyName,
        String givenNames,
        List<String> nationalities,
        CustodyStatusV1 custodyStatus,
        String residenceCountry,
        String residenceDistrict) {

    public RegistrantFacts {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    }

    /** A registrant the worker has not yet heard of. */
    public static RegistrantFacts unknown(UUID registrantId) {
        return new RegistrantFacts(registrantId, null, null, List.of(), null, null, null);
    }

    public RegistrantFacts withCustodyStatus(CustodyStatusV1 status) {
        return new RegistrantFacts(
                registrantId, familyName, givenNames, nationalities, status, residenceCountry, residenceDistrict);
    }

    public RegistrantFacts withResidence(String country, String district) {
        return new RegistrantFacts(
                registrantId, familyName, givenNames, nationalities, custodyStatus, country, district);
    }

    public RegistrantFacts withNationalities(List<String> codes) {
        return new RegistrantFacts(
                registrantId, familyName, givenNames, codes, custodyStatus, residenceCountry, residenceDistrict);
    }
}

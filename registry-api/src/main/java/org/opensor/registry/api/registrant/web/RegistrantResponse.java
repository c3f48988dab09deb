package org.opensor.registry.api.registrant.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A registrant as the API shows it. {@code version} is also sent as the ETag. */
public record RegistrantResponse(
        UUID id,
        long version,
        String familyName,
        String givenNames,
        String originalScriptName,
        List<AliasResponse> aliases,
        String dateOfBirth,
        Integer dateOfBirthPlusMinusYears,
        String sex,
        String placeOfBirth,
        List<String> nationalities,
        List<DocumentResponse> documents,
        List<String> phoneNumbers,
        List<String> internetIdentifiers,
        PhysicalDescriptionRequest physicalDescription,
        List<String> photoReferences,
        List<String> biometricReferences,
        List<ConvictionResponse> convictions,
        String custodyStatus,
        boolean deportationOrdered,
        List<CustodyEventResponse> custodyEvents,
        List<AddressResponse> addresses,
        RegistrationResponse registration,
        List<VerificationResponse> verifications,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {

    public record AliasResponse(String familyName, String givenNames, String fullName, String dateOfBirth) {}

    public record DocumentResponse(String type, String number, String issuingState, LocalDate expiresOn) {}

    public record ConvictionResponse(
            UUID id,
            String court,
            String caseNumber,
            LocalDate judgmentDate,
            String offenceId,
            String statute,
            String article,
            String offenceCategory,
            boolean victimMinor,
            boolean foreign,
            String country,
            Integer sentenceMonths,
            String recordedBy,
            Instant recordedAt) {}

    public record CustodyEventResponse(
            UUID id,
            String type,
            LocalDate effectiveDate,
            String sourceDocument,
            String decreeNumber,
            LocalDate decreeDate,
            Integer sentenceReducedByMonths,
            boolean releasesFromCustody,
            String facility,
            UUID correctsEventId,
            String statusAfter,
            String enteredBy,
            Instant enteredAt,
            String reason) {}

    public record AddressResponse(
            UUID id,
            String kind,
            String line,
            String district,
            String province,
            String country,
            LocalDate validFrom,
            LocalDate validTo,
            String recordedBy,
            Instant recordedAt) {}

    public record RegistrationResponse(
            String tier,
            String status,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate nextVerificationDue,
            String complianceStatus,
            String policyNote) {}

    public record VerificationResponse(
            UUID id, LocalDate verifiedOn, String outcome, String note, String verifiedBy, Instant recordedAt) {}
}

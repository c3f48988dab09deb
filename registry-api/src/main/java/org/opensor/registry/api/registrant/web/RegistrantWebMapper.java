package org.opensor.registry.api.registrant.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.custody.CustodyEvent;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.Alias;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.IdentityDocument;
import org.opensor.registry.api.registrant.PartialDate;
import org.opensor.registry.api.registrant.PhysicalDescription;
import org.opensor.registry.api.registrant.RecordAddress;
import org.opensor.registry.api.registrant.RecordVerification;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registration.Registration;
import org.opensor.registry.api.registration.Verification;
import org.opensor.registry.events.mapping.SharedMapperConfig;

/**
 * Request and response bodies ↔ the domain. Rules that need the domain (dates, country codes) are checked here,
 * all of them before any is reported, so one answer names every broken field.
 */
@Mapper(config = SharedMapperConfig.class)
public interface RegistrantWebMapper {

    default RegistrantResponse toResponse(Registrant registrant) {
        return toResponse(registrant, registrant.identity());
    }

    @Mapping(target = "id", source = "registrant.id.value")
    @Mapping(target = "version", source = "registrant.version")
    @Mapping(target = "convictions", source = "registrant.convictions")
    @Mapping(target = "custodyStatus", expression = "java(registrant.custody().status().name())")
    @Mapping(target = "deportationOrdered", expression = "java(registrant.custody().deportationOrdered())")
    @Mapping(target = "custodyEvents", source = "registrant.custody.events")
    @Mapping(target = "addresses", source = "registrant.addresses")
    @Mapping(target = "registration", source = "registrant.registration")
    @Mapping(target = "verifications", source = "registrant.verifications")
    @Mapping(target = "createdAt", source = "registrant.createdAt")
    @Mapping(target = "createdBy", source = "registrant.createdBy")
    @Mapping(target = "updatedAt", source = "registrant.updatedAt")
    RegistrantResponse toResponse(Registrant registrant, Identity identity);

    RegistrantResponse.AliasResponse alias(Alias alias);

    RegistrantResponse.DocumentResponse document(IdentityDocument document);

    PhysicalDescriptionRequest description(PhysicalDescription description);

    @Mapping(target = "offenceId", source = "offence.id")
    @Mapping(target = "statute", source = "offence.statute")
    @Mapping(target = "article", source = "offence.article")
    @Mapping(target = "offenceCategory", source = "offence.category")
    RegistrantResponse.ConvictionResponse conviction(Conviction conviction);

    @Mapping(target = "decreeNumber", source = "decree.number")
    @Mapping(target = "decreeDate", source = "decree.date")
    RegistrantResponse.CustodyEventResponse custodyEvent(CustodyEvent event);

    RegistrantResponse.AddressResponse address(Address address);

    RegistrantResponse.RegistrationResponse registration(Registration registration);

    RegistrantResponse.VerificationResponse verification(Verification verification);

    HistoryResponse.Entry historyEntry(HistoryEntry entry);

    HistoryResponse.Change change(FieldChange change);

    default String partialDate(PartialDate date) {
        return date == null ? null : date.toString();
    }

    default String country(CountryCode country) {
        return country == null ? null : country.code();
    }

    /** @throws org.opensor.registry.api.refusal.RuleViolations naming every broken field */
    default Identity toIdentity(IdentityFields request, LocalDate today) {
        Violations violations = new Violations();
        List<Alias> aliases = new ArrayList<>();
        List<AliasRequest> aliasRequests = request.aliases() == null ? List.of() : request.aliases();
        for (int i = 0; i < aliasRequests.size(); i++) {
            AliasRequest a = aliasRequests.get(i);
            String field = "aliases[" + i + "]";
            String family = Texts.blankToNull(a.familyName());
            String given = Texts.blankToNull(a.givenNames());
            String full = Texts.blankToNull(a.fullName());
            if (family == null && given == null && full == null) {
                violations.add(field, "name-required", field + " needs familyName, givenNames or fullName");
                continue;
            }
            PartialDate dob = a.dateOfBirth() == null
                    ? null
                    : violations.check(() -> PartialDate.parse(a.dateOfBirth(), field + ".dateOfBirth", today));
            aliases.add(new Alias(family, given, full, dob));
        }
        PartialDate dob = request.dateOfBirth() == null
                ? null
                : violations.check(() -> PartialDate.parse(request.dateOfBirth(), "dateOfBirth", today));
        List<CountryCode> nationalities = new ArrayList<>();
        List<String> codes = request.nationalities() == null ? List.of() : request.nationalities();
        for (int i = 0; i < codes.size(); i++) {
            int n = i;
            nationalities.add(violations.check(() -> CountryCode.of(codes.get(n), "nationalities[" + n + "]")));
        }
        List<IdentityDocument> documents = new ArrayList<>();
        List<DocumentRequest> documentRequests = request.documents() == null ? List.of() : request.documents();
        for (int i = 0; i < documentRequests.size(); i++) {
            DocumentRequest d = documentRequests.get(i);
            int n = i;
            CountryCode state =
                    violations.check(() -> CountryCode.of(d.issuingState(), "documents[" + n + "].issuingState"));
            if (d.number().replaceAll("[^A-Za-z0-9]", "").isEmpty()) {
                violations.add(
                        "documents[" + i + "].number",
                        "letters-or-digits",
                        "documents[" + i + "].number has no letters or digits");
            } else if (state != null) {
                documents.add(new IdentityDocument(d.type(), d.number().strip(), state, d.expiresOn()));
            }
        }
        violations.throwIfAny();
        PhysicalDescriptionRequest p = request.physicalDescription();
        PhysicalDescription description = p == null
                ? null
                : new PhysicalDescription(
                        p.heightCm(),
                        Texts.blankToNull(p.eyeColour()),
                        Texts.blankToNull(p.hairColour()),
                        Texts.blankToNull(p.distinguishingMarks()));
        return new Identity(
                request.familyName().strip(),
                request.givenNames() == null ? "" : request.givenNames().strip(),
                Texts.blankToNull(request.originalScriptName()),
                aliases,
                dob,
                request.dateOfBirthPlusMinusYears(),
                request.sex(),
                Texts.blankToNull(request.placeOfBirth()),
                nationalities,
                documents,
                Texts.cleanList(request.phoneNumbers()),
                Texts.cleanList(request.internetIdentifiers()),
                description == null || description.equals(new PhysicalDescription(null, null, null, null))
                        ? null
                        : description,
                Texts.cleanList(request.photoReferences()),
                Texts.cleanList(request.biometricReferences()));
    }

    default RecordAddress toCommand(AddressRequest request) {
        Violations violations = new Violations();
        CountryCode country = violations.check(() -> CountryCode.of(request.country(), "country"));
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            violations.add(
                    "validTo",
                    "not-before-valid-from",
                    "validTo " + request.validTo() + " is before validFrom " + request.validFrom());
        }
        violations.throwIfAny();
        return new RecordAddress(
                request.kind(),
                request.line(),
                request.district(),
                request.province(),
                country,
                request.validFrom(),
                request.validTo(),
                request.reason());
    }

    default RecordVerification toCommand(VerificationRequest request) {
        return new RecordVerification(request.verifiedOn(), request.outcome(), request.note(), request.reason());
    }
}

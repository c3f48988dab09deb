package org.opensor.registry.api.registrant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registration.Registration;
import org.opensor.registry.events.mapping.SharedMapperConfig;
import org.opensor.registry.events.registrant.RegistrantStateV1;

/** Registrant → the state-carrying event other services rebuild their views from. */
@Mapper(config = SharedMapperConfig.class)
interface RegistrantEventMapper {

    default RegistrantStateV1 toState(Registrant registrant) {
        return toState(registrant, registrant.identity());
    }

    @Mapping(target = "registrantId", source = "registrant.id.value")
    @Mapping(target = "version", source = "registrant.version")
    @Mapping(target = "convictions", source = "registrant.convictions")
    @Mapping(target = "addresses", source = "registrant.addresses")
    @Mapping(target = "registration", source = "registrant.registration")
    @Mapping(target = "custodyStatus", expression = "java(registrant.custody().status().name())")
    @Mapping(target = "changedAt", source = "registrant.updatedAt")
    RegistrantStateV1 toState(Registrant registrant, Identity identity);

    RegistrantStateV1.Alias alias(Alias alias);

    RegistrantStateV1.Document document(IdentityDocument document);

    RegistrantStateV1.PhysicalDescription description(PhysicalDescription description);

    @Mapping(target = "convictionId", source = "id")
    @Mapping(target = "statute", source = "offence.statute")
    @Mapping(target = "article", source = "offence.article")
    @Mapping(target = "offenceCategory", source = "offence.category")
    RegistrantStateV1.Conviction conviction(Conviction conviction);

    RegistrantStateV1.Address address(Address address);

    RegistrantStateV1.Registration registration(Registration registration);

    default String partialDate(PartialDate date) {
        return date == null ? null : date.toString();
    }

    default String country(CountryCode country) {
        return country == null ? null : country.code();
    }
}

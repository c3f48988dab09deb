package org.opensor.registry.api.registrant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opensor.registry.events.mapping.SharedMapperConfig;
import org.opensor.registry.events.registrant.RegistrantStateV1;

/** Registrant → the state-carrying event other services rebuild their views from. */
@Mapper(config = SharedMapperConfig.class)
interface RegistrantEventMapper {

    @Mapping(target = "registrantId", source = "id.value")
    @Mapping(target = "familyName", source = "name.family")
    @Mapping(target = "givenNames", source = "name.given")
    @Mapping(target = "originalScriptName", source = "name.originalScript")
    @Mapping(target = "changedAt", source = "updatedAt")
    RegistrantStateV1 toState(Registrant registrant);

    default String dateOfBirth(PartialDate date) {
        return date == null ? null : date.toString();
    }

    default String nationality(Nationality nationality) {
        return nationality.code();
    }

    default String sex(Sex sex) {
        return sex.name();
    }
}

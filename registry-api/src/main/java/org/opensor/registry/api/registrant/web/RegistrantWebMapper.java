package org.opensor.registry.api.registrant.web;

import java.time.LocalDate;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opensor.registry.api.registrant.Nationality;
import org.opensor.registry.api.registrant.PartialDate;
import org.opensor.registry.api.registrant.PersonName;
import org.opensor.registry.api.registrant.RegisterPerson;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.events.mapping.SharedMapperConfig;

/** Request and response bodies ↔ the domain. Rules that need the domain (dates, country codes) are checked here. */
@Mapper(config = SharedMapperConfig.class)
interface RegistrantWebMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "familyName", source = "name.family")
    @Mapping(target = "givenNames", source = "name.given")
    @Mapping(target = "originalScriptName", source = "name.originalScript")
    RegistrantResponse toResponse(Registrant registrant);

    default RegisterPerson toCommand(RegisterPersonRequest request, LocalDate today) {
        List<String> codes = request.nationalities() == null ? List.of() : request.nationalities();
        List<Nationality> nationalities = new java.util.ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            nationalities.add(Nationality.of(codes.get(i), "nationalities[" + i + "]"));
        }
        return new RegisterPerson(
                new PersonName(request.familyName().strip(), request.givenNames() == null ? "" : request.givenNames().strip(),
                        blankToNull(request.originalScriptName())),
                request.dateOfBirth() == null ? null : PartialDate.parse(request.dateOfBirth(), "dateOfBirth", today),
                request.sex(),
                nationalities.stream().distinct().toList());
    }

    default String dateOfBirth(PartialDate date) {
        return date == null ? null : date.toString();
    }

    default String nationality(Nationality nationality) {
        return nationality.code();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

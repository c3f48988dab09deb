package org.opensor.registry.events.mapping;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The one MapStruct configuration every mapper of the project uses: Spring beans, constructor injection,
 * and a build error for any target property left unmapped. It lives here, in a Spring-free module, because
 * the component model is only a name to MapStruct.
 */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.SPRING,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface SharedMapperConfig {}

package org.opensor.registry.api.custody.web;

import org.mapstruct.Mapper;
import org.opensor.registry.api.custody.NewCustodyEvent;
import org.opensor.registry.events.mapping.SharedMapperConfig;

/** A custody event request ↔ the command; the state machine checks the transition itself. */
@Mapper(config = SharedMapperConfig.class)
public interface CustodyWebMapper {

    default NewCustodyEvent toCommand(CustodyEventRequest request) {
        return new NewCustodyEvent(
                request.type(),
                request.effectiveDate(),
                request.sourceDocument(),
                request.decreeNumber(),
                request.decreeDate(),
                request.sentenceReducedByMonths(),
                Boolean.TRUE.equals(request.releasesFromCustody()),
                request.facility(),
                request.correctsEventId(),
                request.correctedStatus(),
                request.reason());
    }
}

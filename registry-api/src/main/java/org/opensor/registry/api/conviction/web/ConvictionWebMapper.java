package org.opensor.registry.api.conviction.web;

import org.mapstruct.Mapper;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.RecordConviction;
import org.opensor.registry.events.mapping.SharedMapperConfig;

/** A conviction request ↔ the command; the offence and the country are checked here, all before any is reported. */
@Mapper(config = SharedMapperConfig.class)
public interface ConvictionWebMapper {

    default RecordConviction toCommand(ConvictionRequest request) {
        Violations violations = new Violations();
        CountryCode country = violations.check(() -> CountryCode.of(request.country(), "country"));
        String offenceId = Texts.blankToNull(request.offenceId());
        if (offenceId != null && request.foreignOffence() != null) {
            violations.add("offenceId", "one-offence", "give either offenceId or foreignOffence, not both");
        }
        if (offenceId == null && request.foreignOffence() == null) {
            violations.add(
                    "offenceId",
                    "offence-required",
                    "name the offence: offenceId from the statute library, or foreignOffence for a foreign conviction");
        }
        violations.throwIfAny();
        ConvictionRequest.ForeignOffenceRequest foreign = request.foreignOffence();
        return new RecordConviction(
                request.court(),
                request.caseNumber(),
                request.judgmentDate(),
                offenceId,
                foreign == null ? null : foreign.statute(),
                foreign == null ? null : foreign.article(),
                foreign == null ? null : foreign.category(),
                request.victimMinor(),
                country,
                request.sentenceMonths(),
                request.registrationTier(),
                request.reason());
    }
}

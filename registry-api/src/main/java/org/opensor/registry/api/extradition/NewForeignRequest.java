package org.opensor.registry.api.extradition;

import java.time.LocalDate;
import java.util.UUID;

/** A foreign request as entered, checked by {@link ForeignRequestService#record}. */
public record NewForeignRequest(
        UUID subjectId,
        ForeignRequest.Kind kind,
        String requestingState,
        String offence,
        String mappedOffenceId,
        Integer foreignMaxPenaltyMonths,
        String reference,
        String interpolNotice,
        LocalDate receivedOn) {}

package org.opensor.registry.api.travel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A travel notice as it now stands; {@code version} is also its ETag. */
record TravelNoticeResponse(
        UUID id,
        UUID registrantId,
        long version,
        String state,
        LocalDate departureDate,
        LocalDate returnDate,
        String departurePoint,
        List<Leg> legs,
        String purpose,
        String documentType,
        String documentNumber,
        String addressAbroad,
        boolean late,
        String declaredBy,
        Instant declaredAt,
        String updatedBy,
        Instant updatedAt,
        String cancellationReason,
        Instant cancelledAt) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "TravelNoticeLeg")
    record Leg(String country, String pointOfArrival, String carrier, LocalDate arrivalDate) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "TravelNoticePage")
    record Page(List<TravelNoticeResponse> items, int page, int size, long totalElements, long totalPages) {}
}

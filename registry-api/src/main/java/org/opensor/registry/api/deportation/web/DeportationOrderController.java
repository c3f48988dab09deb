package org.opensor.registry.api.deportation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.deportation.DeportationOrder;
import org.opensor.registry.api.deportation.DeportationService;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrants/{id}/deportation-orders}: the court clerk records a deportation order (a
 * {@code DEPORTATION_ORDERED} custody event with its due date, rationale and itinerary); the states of nationality are
 * told. The exit seen at the border closes it; no exit by the due date raises an alert.
 */
@RestController
class DeportationOrderController {

    /**
     * @param orderReference the order's number and authority, e.g. {@code Order 12/2026, Ministry of Interior}
     * @param dueBy          the day the person must have left
     * @param rationale      why, as the order states it: the liaison of each nationality reads it
     * @param itinerary      the planned departure, when known
     * @param reason         why it is entered now
     */
    record OrderRequest(
            @NotBlank @Size(max = 200) String orderReference,
            @NotNull LocalDate orderedOn,
            @NotNull LocalDate dueBy,
            @NotBlank @Size(max = 2000) String rationale,
            @Valid ItineraryRequest itinerary,
            @Size(max = 500) String reason) {}

    /** @param destination ISO 3166-1 alpha-3 */
    record ItineraryRequest(
            @NotNull LocalDate departureDate,

            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be a border post or airport code")
            String borderPost,

            @Size(max = 40) String carrier,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
            String destination) {}

    private final DeportationService deportations;

    DeportationOrderController(DeportationService deportations) {
        this.deportations = deportations;
    }

    @PostMapping("/api/v1/registrants/{id}/deportation-orders")
    ResponseEntity<DeportationOrder> order(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OrderRequest request,
            Principal actor) {
        ItineraryRequest it = request.itinerary();
        DeportationOrder order = deportations.order(
                new RegistrantId(id),
                Preconditions.optionalVersion(ifMatch),
                new DeportationService.NewOrder(
                        request.orderReference(),
                        request.orderedOn(),
                        request.dueBy(),
                        request.rationale(),
                        it == null
                                ? null
                                : new DeportationOrder.Itinerary(
                                        it.departureDate(), it.borderPost(), it.carrier(), it.destination()),
                        request.reason()),
                actor.getName());
        return ResponseEntity.created(URI.create("/api/v1/registrants/" + id + "/deportation-orders"))
                .body(order);
    }

    @GetMapping("/api/v1/registrants/{id}/deportation-orders")
    List<DeportationOrder> list(@PathVariable UUID id) {
        return deportations.of(new RegistrantId(id));
    }
}

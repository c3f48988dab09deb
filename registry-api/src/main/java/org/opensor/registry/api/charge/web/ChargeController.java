package org.opensor.registry.api.charge.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.UUID;
import org.opensor.registry.api.charge.Charge;
import org.opensor.registry.api.charge.ChargeOutcome;
import org.opensor.registry.api.charge.ChargeService;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.api.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/charges}: the court clerk records a charge with its bail decision and conditions, the verdict, and a
 * court order lifting a travel ban. The ETag is the charge's version. A sealed charge (acquittal) answers 404.
 */
@RestController
class ChargeController {

    /**
     * @param outcome   {@code CONVICTED}, {@code ACQUITTED} (seals the charge) or {@code DISMISSED}
     * @param decidedOn the day of the judgment; ends a travel ban
     */
    record VerdictRequest(
            @NotNull ChargeOutcome outcome, @NotNull LocalDate decidedOn) {}

    /**
     * @param liftedOn   the day the court order takes effect
     * @param courtOrder the order's number and court, e.g. {@code Order 77/2026, Phnom Penh Municipal Court}
     */
    record TravelBanLiftingRequest(
            @NotNull LocalDate liftedOn,
            @NotBlank @Size(max = 200) String courtOrder) {}

    private final ChargeService charges;
    private final RecordVisibility visibility;
    private final CurrentUnit units;

    ChargeController(ChargeService charges, RecordVisibility visibility, CurrentUnit units) {
        this.charges = charges;
        this.visibility = visibility;
        this.units = units;
    }

    @PostMapping("/api/v1/charges")
    ResponseEntity<ChargeResponse> record(@Valid @RequestBody ChargeRequest request, Principal actor) {
        if (request.accused().familyName() == null && request.accused().givenNames() == null) {
            throw new RuleViolation(
                    "accused.familyName", "name-required", "give the accused's familyName, givenNames or both");
        }
        Charge charge = charges.record(request.toCommand(), actor.getName());
        return ResponseEntity.created(URI.create("/api/v1/charges/" + charge.id()))
                .eTag(Long.toString(charge.version()))
                .body(ChargeResponse.of(charge));
    }

    @GetMapping("/api/v1/charges/{chargeId}")
    ResponseEntity<ChargeResponse> read(@PathVariable UUID chargeId, Authentication caller) {
        Charge charge = charges.find(chargeId);
        if (charge.registrantId() != null) {
            // A charge of a restricted registrant is as restricted as the record (docs/security.md, "Restricted
            // records").
            visibility.checkRead(units.viewer(caller), charge.registrantId());
        }
        return ResponseEntity.ok().eTag(Long.toString(charge.version())).body(ChargeResponse.of(charge));
    }

    /** A sealed charge: out of every other read and of screening, kept for the auditor until retention removes it. */
    @GetMapping("/api/v1/sealed-charges/{chargeId}")
    ChargeResponse readSealed(@PathVariable UUID chargeId) {
        return ChargeResponse.of(charges.findSealed(chargeId));
    }

    @PostMapping("/api/v1/charges/{chargeId}/verdict")
    ResponseEntity<ChargeResponse> verdict(
            @PathVariable UUID chargeId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody VerdictRequest request,
            Principal actor) {
        Charge charge = charges.decide(
                chargeId,
                Preconditions.optionalVersion(ifMatch),
                request.outcome(),
                request.decidedOn(),
                actor.getName());
        return ResponseEntity.ok().eTag(Long.toString(charge.version())).body(ChargeResponse.of(charge));
    }

    @PostMapping("/api/v1/charges/{chargeId}/travel-ban-lifting")
    ResponseEntity<ChargeResponse> liftTravelBan(
            @PathVariable UUID chargeId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TravelBanLiftingRequest request,
            Principal actor) {
        Charge charge = charges.liftTravelBan(
                chargeId,
                Preconditions.optionalVersion(ifMatch),
                request.liftedOn(),
                request.courtOrder(),
                actor.getName());
        return ResponseEntity.ok().eTag(Long.toString(charge.version())).body(ChargeResponse.of(charge));
    }
}

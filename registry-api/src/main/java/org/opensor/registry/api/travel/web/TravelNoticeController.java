package org.opensor.registry.api.travel.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.travel.TravelNotice;
import org.opensor.registry.api.travel.TravelNoticePage;
import org.opensor.registry.api.travel.TravelNoticeService;
import org.opensor.registry.api.travel.TravelPlan;
import org.opensor.registry.api.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrants/{id}/travel-notices}: the police declare, amend and cancel a registrant's trips abroad.
 * A notice given inside the notice period is accepted and flagged {@code late}. The ETag is the notice's version;
 * an amendment needs {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}/travel-notices")
class TravelNoticeController {

    private final TravelNoticeService service;

    TravelNoticeController(TravelNoticeService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<TravelNoticeResponse> declare(
            @PathVariable UUID id, @Valid @RequestBody TravelNoticeRequest request, Principal actor) {
        TravelNotice notice =
                service.declare(new RegistrantId(id), request.toPlan(), request.reason(), actor.getName());
        return ResponseEntity.created(URI.create("/api/v1/registrants/" + id + "/travel-notices/" + notice.id()))
                .eTag(Long.toString(notice.version()))
                .body(response(notice));
    }

    @PutMapping("/{noticeId}")
    ResponseEntity<TravelNoticeResponse> amend(
            @PathVariable UUID id,
            @PathVariable UUID noticeId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TravelNoticeRequest request,
            Principal actor) {
        Long version = Preconditions.requiredVersion(ifMatch);
        TravelNotice notice = service.amend(
                new RegistrantId(id), noticeId, version, request.toPlan(), request.reason(), actor.getName());
        return ResponseEntity.ok().eTag(Long.toString(notice.version())).body(response(notice));
    }

    @PostMapping("/{noticeId}/cancellation")
    ResponseEntity<TravelNoticeResponse> cancel(
            @PathVariable UUID id,
            @PathVariable UUID noticeId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CancellationRequest request,
            Principal actor) {
        TravelNotice notice = service.cancel(
                new RegistrantId(id),
                noticeId,
                Preconditions.optionalVersion(ifMatch),
                request.reason(),
                actor.getName());
        return ResponseEntity.ok().eTag(Long.toString(notice.version())).body(response(notice));
    }

    @GetMapping
    TravelNoticeResponse.Page list(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        TravelNoticePage found = service.list(new RegistrantId(id), page, size);
        return new TravelNoticeResponse.Page(
                found.items().stream().map(TravelNoticeController::response).toList(),
                page,
                size,
                found.totalElements(),
                (found.totalElements() + size - 1) / size);
    }

    private static TravelNoticeResponse response(TravelNotice n) {
        TravelPlan p = n.plan();
        return new TravelNoticeResponse(
                n.id(),
                n.registrantId(),
                n.version(),
                n.state().name(),
                p.departureDate(),
                p.returnDate(),
                p.departurePoint(),
                p.legs().stream()
                        .map(l -> new TravelNoticeResponse.Leg(
                                l.country().code(), l.pointOfArrival(), l.carrier(), l.arrivalDate()))
                        .toList(),
                p.purpose(),
                p.documentType().name(),
                p.documentNumber(),
                p.addressAbroad(),
                n.late(),
                n.declaredBy(),
                n.declaredAt(),
                n.updatedBy(),
                n.updatedAt(),
                n.cancellationReason(),
                n.cancelledAt());
    }
}

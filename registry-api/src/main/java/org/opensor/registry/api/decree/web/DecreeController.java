package org.opensor.registry.api.decree.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.UUID;
import org.opensor.registry.api.decree.Decree;
import org.opensor.registry.api.decree.DecreeId;
import org.opensor.registry.api.decree.DecreeService;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.api.web.Preconditions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/decrees}: royal pardon and sentence-reduction decrees. Court clerks enter them, confirm or reject the
 * matcher's uncertain links, preview the impact and apply them; police officers read them and their preview. Each
 * answer carries the decree's version as its ETag; {@code If-Match} is optional on the writes (a stale one is 412).
 */
@RestController
@RequestMapping("/api/v1/decrees")
class DecreeController {

    private final DecreeService service;
    private final CurrentUnit currentUnit;

    DecreeController(DecreeService service, CurrentUnit currentUnit) {
        this.service = service;
        this.currentUnit = currentUnit;
    }

    @PostMapping
    ResponseEntity<DecreeResponse> enter(@Valid @RequestBody DecreeRequest request, Authentication caller) {
        Decree decree = service.enter(request.toCommand(), currentUnit.viewer(caller), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/decrees/" + decree.id()))
                .eTag(Long.toString(decree.version()))
                .body(DecreeResponse.of(decree));
    }

    @GetMapping
    DecreeResponse.DecreePage list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        long total = service.count();
        return new DecreeResponse.DecreePage(
                service.page(page, size).stream().map(DecreeResponse::summary).toList(),
                page,
                size,
                total,
                (total + size - 1) / size);
    }

    @GetMapping("/{id}")
    ResponseEntity<DecreeResponse> read(@PathVariable UUID id) {
        Decree decree = service.find(new DecreeId(id));
        return ResponseEntity.ok().eTag(Long.toString(decree.version())).body(DecreeResponse.of(decree));
    }

    @GetMapping("/{id}/preview")
    PreviewResponse preview(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate) {
        return PreviewResponse.of(service.preview(new DecreeId(id), effectiveDate));
    }

    @PostMapping("/{id}/lines/{lineNumber}/decision")
    ResponseEntity<DecreeResponse> decide(
            @PathVariable UUID id,
            @PathVariable @Min(1) int lineNumber,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LineDecisionRequest request,
            Principal actor) {
        Decree decree = service.decide(
                new DecreeId(id),
                Preconditions.optionalVersion(ifMatch),
                lineNumber,
                request.decision() == LineDecisionRequest.Decision.CONFIRM,
                request.registrantId(),
                actor.getName());
        return ResponseEntity.ok().eTag(Long.toString(decree.version())).body(DecreeResponse.of(decree));
    }

    @PostMapping("/{id}/application")
    ResponseEntity<DecreeResponse> apply(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) ApplicationRequest request,
            Principal actor) {
        Decree decree = service.apply(
                new DecreeId(id),
                Preconditions.optionalVersion(ifMatch),
                request == null ? null : request.effectiveDate(),
                actor.getName());
        return ResponseEntity.ok().eTag(Long.toString(decree.version())).body(DecreeResponse.of(decree));
    }
}

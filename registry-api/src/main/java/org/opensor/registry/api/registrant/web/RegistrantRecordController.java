package org.opensor.registry.api.registrant.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.web.Preconditions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the police add to a registrant's record: addresses and verifications (court facts have their own
 * controllers in {@code conviction.web} and {@code custody.web}). Each answers 201 with the whole record and its new
 * ETag. {@code If-Match} is optional here (these only add): when sent, a stale version is refused with 412.
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}")
class RegistrantRecordController {

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;

    RegistrantRecordController(RegistrantService service, RegistrantWebMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @PostMapping("/addresses")
    ResponseEntity<RegistrantResponse> recordAddress(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AddressRequest request,
            Principal actor) {
        return created(service.recordAddress(
                new RegistrantId(id),
                Preconditions.optionalVersion(ifMatch),
                mapper.toCommand(request),
                actor.getName()));
    }

    @PostMapping("/verifications")
    ResponseEntity<RegistrantResponse> recordVerification(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody VerificationRequest request,
            Principal actor) {
        return created(service.recordVerification(
                new RegistrantId(id),
                Preconditions.optionalVersion(ifMatch),
                mapper.toCommand(request),
                actor.getName()));
    }

    private ResponseEntity<RegistrantResponse> created(Registrant registrant) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Long.toString(registrant.version()))
                .body(mapper.toResponse(registrant));
    }
}

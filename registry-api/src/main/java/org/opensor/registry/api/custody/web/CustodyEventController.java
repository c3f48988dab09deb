package org.opensor.registry.api.custody.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.web.RegistrantResponse;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
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
 * A clerk records a custody event (arrest, sentence, pardon, release, correction): 201 with the whole record and
 * its new ETag; {@code If-Match} is optional (this only adds), and a stale one is refused with 412.
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}")
class CustodyEventController {

    private final RegistrantService service;
    private final CustodyWebMapper commands;
    private final RegistrantWebMapper records;

    CustodyEventController(RegistrantService service, CustodyWebMapper commands, RegistrantWebMapper records) {
        this.service = service;
        this.commands = commands;
        this.records = records;
    }

    @PostMapping("/custody-events")
    ResponseEntity<RegistrantResponse> recordCustodyEvent(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CustodyEventRequest request,
            Principal actor) {
        Registrant registrant = service.recordCustodyEvent(
                new RegistrantId(id),
                Preconditions.optionalVersion(ifMatch),
                commands.toCommand(request),
                actor.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Long.toString(registrant.version()))
                .body(records.toResponse(registrant));
    }
}

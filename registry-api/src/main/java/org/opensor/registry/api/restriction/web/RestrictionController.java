package org.opensor.registry.api.restriction.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.restriction.RestrictionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrants/{id}/restriction}: the administrator restricts a record to named units; everyone else
 * then gets 403, and the attempt is audited.
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}/restriction")
class RestrictionController {

    record Restriction(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> units) {}

    private final RestrictionService service;

    RestrictionController(RestrictionService service) {
        this.service = service;
    }

    @PutMapping
    ResponseEntity<Restriction> restrict(@PathVariable UUID id, @Valid @RequestBody Restriction body, Principal admin) {
        service.restrict(id, body.units(), admin.getName());
        return ResponseEntity.ok(body);
    }

    @DeleteMapping
    ResponseEntity<Void> lift(@PathVariable UUID id, Principal admin) {
        service.lift(id, admin.getName());
        return ResponseEntity.noContent().build();
    }
}

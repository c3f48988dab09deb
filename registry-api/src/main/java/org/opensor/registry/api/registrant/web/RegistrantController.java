package org.opensor.registry.api.registrant.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/registrants}: court clerks enter people; clerks and police read them with a stated purpose. */
@RestController
@RequestMapping("/api/v1/registrants")
class RegistrantController {

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final Clock clock;

    RegistrantController(RegistrantService service, RegistrantWebMapper mapper, Clock clock) {
        this.service = service;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<RegistrantResponse> register(@Valid @RequestBody RegisterPersonRequest request, Principal actor) {
        Registrant registrant = service.register(mapper.toCommand(request, LocalDate.now(clock)), actor.getName());
        return ResponseEntity.created(URI.create("/api/v1/registrants/" + registrant.id()))
                .eTag(Long.toString(registrant.version()))
                .body(mapper.toResponse(registrant));
    }

    /** The purpose is required now; the security issue adds its audit entry. */
    @GetMapping("/{id}")
    ResponseEntity<?> read(@PathVariable UUID id, @RequestHeader("X-Purpose") String purpose) {
        return service.find(new RegistrantId(id))
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok().eTag(Long.toString(r.version())).body(mapper.toResponse(r)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemResponses.problem(HttpStatus.NOT_FOUND,
                        ProblemResponses.NOT_FOUND, "No registrant with id " + id + ".")));
    }
}

package org.opensor.registry.api.registrant.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.PossibleDuplicate;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantFilter;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantPage;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.RegistrantSort;
import org.opensor.registry.api.registration.ComplianceStatus;
import org.opensor.registry.api.registration.RegistrationStatus;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.api.web.Preconditions;
import org.opensor.registry.api.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * {@code /api/v1/registrants}: court clerks enter people and correct their identity; clerks and police read and list
 * them with a stated purpose, and read their history. The list leaves out records restricted to other units.
 */
@RestController
@RequestMapping("/api/v1/registrants")
class RegistrantController {

    static final int MAX_PAGE_SIZE = 100;

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final CurrentUnit currentUnit;

    RegistrantController(RegistrantService service, RegistrantWebMapper mapper, CurrentUnit currentUnit) {
        this.service = service;
        this.mapper = mapper;
        this.currentUnit = currentUnit;
    }

    @PostMapping
    ResponseEntity<RegistrantResponse> register(@Valid @RequestBody RegisterPersonRequest request, Principal actor) {
        Registrant registrant = service.register(
                mapper.toIdentity(request, service.today()),
                Boolean.TRUE.equals(request.confirmedDistinctPerson()),
                request.reason(),
                actor.getName());
        return ResponseEntity.created(URI.create("/api/v1/registrants/" + registrant.id()))
                .eTag(Long.toString(registrant.version()))
                .body(mapper.toResponse(registrant));
    }

    /**
     * One record, with a stated purpose (audited). Need to know: a border officer gets the identity view only
     * (names, aliases, date of birth, nationalities, documents, photos), never convictions, custody or addresses.
     */
    @GetMapping("/{id}")
    ResponseEntity<?> read(@PathVariable UUID id, @RequestHeader("X-Purpose") String purpose, Authentication caller) {
        Registrant registrant =
                service.find(new RegistrantId(id)).orElseThrow(() -> new NotFound("No registrant with id " + id + "."));
        if (BorderIdentityView.isBorderOnly(caller)) {
            return ResponseEntity.ok()
                    .eTag(Long.toString(registrant.version()))
                    .body(BorderIdentityView.of(mapper.toResponse(registrant)));
        }
        return ok(registrant);
    }

    /** Replaces the identity (PUT): needs {@code If-Match} with the version read, and a reason. */
    @PutMapping("/{id}")
    ResponseEntity<RegistrantResponse> changeIdentity(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UpdateIdentityRequest request,
            Principal actor) {
        Long expected = Preconditions.requiredVersion(ifMatch);
        return ok(service.changeIdentity(
                new RegistrantId(id),
                expected,
                mapper.toIdentity(request, service.today()),
                request.reason().strip(),
                actor.getName()));
    }

    @GetMapping
    ResponseEntity<RegistrantPageResponse> list(
            @RequestHeader("X-Purpose") String purpose,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String namePrefix,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) CustodyStatus custodyStatus,
            @RequestParam(required = false) RegistrationStatus registrationStatus,
            @RequestParam(required = false) RegistrationTier tier,
            @RequestParam(required = false) ComplianceStatus complianceStatus,
            @RequestParam(defaultValue = "false") boolean verificationOverdue,
            @RequestParam(required = false) RegistrantSort sort,
            Authentication caller) {
        Violations violations = new Violations();
        if (page < 0 || page > 10_000) {
            violations.add("page", "range-0-10000", "page must be between 0 and 10000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "range-1-" + MAX_PAGE_SIZE, "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        String prefix = Texts.blankToNull(namePrefix);
        if (prefix != null && prefix.length() > 100) {
            violations.add("namePrefix", "max-100", "namePrefix is longer than 100 characters");
        }
        CountryCode country =
                nationality == null ? null : violations.check(() -> CountryCode.of(nationality, "nationality"));
        violations.throwIfAny();
        RegistrantFilter filter = new RegistrantFilter(
                prefix,
                country,
                custodyStatus,
                registrationStatus,
                tier,
                complianceStatus,
                verificationOverdue ? service.today() : null,
                sort);
        RegistrantPage result = service.list(filter, currentUnit.viewer(caller), page, size);
        long pages = (result.totalElements() + size - 1) / size;
        return ResponseEntity.ok(new RegistrantPageResponse(result.items(), page, size, result.totalElements(), pages));
    }

    @GetMapping("/{id}/history")
    ResponseEntity<HistoryResponse> history(@PathVariable UUID id, @RequestHeader("X-Purpose") String purpose) {
        return ResponseEntity.ok(new HistoryResponse(
                id,
                service.history(new RegistrantId(id)).stream()
                        .map(mapper::historyEntry)
                        .toList()));
    }

    @ExceptionHandler(PossibleDuplicate.class)
    ResponseEntity<ProblemDetail> possibleDuplicate(PossibleDuplicate ex) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.CONFLICT,
                ProblemResponses.POSSIBLE_DUPLICATE,
                ex.getMessage()
                        + " Check the candidates; if this is a different person, send the request again with \"confirmedDistinctPerson\": true.");
        problem.setTitle("Possible duplicate");
        problem.setProperty("candidateIds", ex.candidateIds());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private ResponseEntity<RegistrantResponse> ok(Registrant registrant) {
        return ResponseEntity.ok().eTag(Long.toString(registrant.version())).body(mapper.toResponse(registrant));
    }
}

package org.opensor.registry.api.extradition.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.extradition.ExtraditionAssessment;
import org.opensor.registry.api.extradition.ExtraditionTreaty;
import org.opensor.registry.api.extradition.ForeignRequest;
import org.opensor.registry.api.extradition.ForeignRequestService;
import org.opensor.registry.api.extradition.NewForeignRequest;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.api.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/foreign-requests}: requests and notices of other states for a person in Cambodia (wanted elsewhere),
 * each answered with its decision support; {@code /api/v1/extradition-treaties}: the treaty table the administrator keeps.
 */
@RestController
class ForeignRequestController {

    /**
     * @param subjectId               the person: a registrant's id, or the {@code subjectId} of a charge's accused
     * @param kind                    {@code EXTRADITION_REQUEST}, {@code PROVISIONAL_ARREST_REQUEST}, {@code INTERPOL_RED_NOTICE}
     *                                or {@code INTERPOL_DIFFUSION}
     * @param requestingState         ISO 3166-1 alpha-3 code
     * @param offence                 the offence as the requesting state names it
     * @param mappedOffenceId         the Cambodian statute of the library it corresponds to (double criminality), e.g. {@code KHM-2008-42}
     * @param foreignMaxPenaltyMonths the maximum imprisonment under the requesting state's law
     * @param interpolNotice          INTERPOL notice number, e.g. {@code A-1234/5-2026}
     */
    record ForeignRequestBody(
            @NotNull UUID subjectId,
            @NotNull ForeignRequest.Kind kind,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
            String requestingState,

            @NotBlank @Size(max = 300) String offence,
            @Size(max = 40) String mappedOffenceId,
            @Min(1) @Max(1200) Integer foreignMaxPenaltyMonths,
            @NotBlank @Size(max = 100) String reference,
            @Size(max = 40) String interpolNotice,
            @NotNull LocalDate receivedOn) {}

    /** A request with its decision support (criteria with reasons; the court decides). */
    record ForeignRequestResponse(ForeignRequest request, ExtraditionAssessment assessment) {}

    /** @param reason e.g. extradited, request withdrawn, refused by the court */
    record ClosureRequest(
            @NotNull LocalDate closedOn,
            @NotBlank @Size(max = 300) String reason) {}

    /**
     * @param minPenaltyMonths the treaty's own penalty threshold; absent: the two-year minimum applies
     * @param source           where the entry was checked, and what was not
     */
    record TreatyBody(
            @NotBlank @Size(max = 300) String title,
            LocalDate signedOn,
            @NotNull Boolean inForce,
            @Min(1) @Max(120) Integer minPenaltyMonths,
            @NotBlank @Size(max = 1000) String source) {}

    private final ForeignRequestService service;
    private final RecordVisibility visibility;
    private final CurrentUnit units;
    private final Clock clock;

    ForeignRequestController(
            ForeignRequestService service, RecordVisibility visibility, CurrentUnit units, Clock clock) {
        this.service = service;
        this.visibility = visibility;
        this.units = units;
        this.clock = clock;
    }

    @PostMapping("/api/v1/foreign-requests")
    ResponseEntity<ForeignRequestResponse> record(@Valid @RequestBody ForeignRequestBody body, Principal actor) {
        ForeignRequestService.Assessed assessed = service.record(
                new NewForeignRequest(
                        body.subjectId(),
                        body.kind(),
                        body.requestingState(),
                        body.offence(),
                        body.mappedOffenceId(),
                        body.foreignMaxPenaltyMonths(),
                        body.reference(),
                        body.interpolNotice(),
                        body.receivedOn()),
                actor.getName());
        return ResponseEntity.created(URI.create(
                        "/api/v1/foreign-requests/" + assessed.request().id()))
                .eTag(Long.toString(assessed.request().version()))
                .body(response(assessed));
    }

    @GetMapping("/api/v1/foreign-requests/{requestId}")
    ResponseEntity<ForeignRequestResponse> read(@PathVariable UUID requestId, Authentication caller) {
        ForeignRequestService.Assessed assessed = service.find(requestId);
        if (assessed.request().registrantId() != null) {
            visibility.checkRead(units.viewer(caller), assessed.request().registrantId());
        }
        return ResponseEntity.ok()
                .eTag(Long.toString(assessed.request().version()))
                .body(response(assessed));
    }

    @PostMapping("/api/v1/foreign-requests/{requestId}/closure")
    ResponseEntity<ForeignRequestResponse> close(
            @PathVariable UUID requestId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ClosureRequest body,
            Principal actor) {
        ForeignRequestService.Assessed assessed = service.close(
                requestId, Preconditions.optionalVersion(ifMatch), body.closedOn(), body.reason(), actor.getName());
        return ResponseEntity.ok()
                .eTag(Long.toString(assessed.request().version()))
                .body(response(assessed));
    }

    @GetMapping("/api/v1/extradition-treaties")
    List<ExtraditionTreaty> treaties() {
        return service.treaties();
    }

    @PutMapping("/api/v1/extradition-treaties/{state}")
    ExtraditionTreaty saveTreaty(
            @PathVariable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String state,
            @Valid @RequestBody TreatyBody body,
            Principal actor) {
        return service.saveTreaty(new ExtraditionTreaty(
                state,
                body.title().strip(),
                body.signedOn(),
                body.inForce(),
                body.minPenaltyMonths(),
                body.source().strip(),
                actor.getName(),
                clock.instant()));
    }

    private static ForeignRequestResponse response(ForeignRequestService.Assessed assessed) {
        return new ForeignRequestResponse(assessed.request(), assessed.assessment());
    }
}

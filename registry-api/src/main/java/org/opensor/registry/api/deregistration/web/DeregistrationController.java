package org.opensor.registry.api.deregistration.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;
import org.opensor.registry.api.deregistration.Deregistration;
import org.opensor.registry.api.deregistration.DeregistrationReason;
import org.opensor.registry.api.deregistration.DeregistrationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrants/{id}/deregistration}: a court clerk or police officer proposes de-registration with a
 * reason; a court clerk of another account approves it (self-approval is 403 {@code four-eyes}). Once approved the
 * record is gone from these paths (404) and only the auditor reads it ({@code /api/v1/deregistrations}).
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}/deregistration")
class DeregistrationController {

    /**
     * @param reason why the record leaves search and screening
     * @param note   the evidence in a sentence (court order, death certificate, the review done)
     */
    record ProposalRequest(
            @NotNull DeregistrationReason reason,
            @NotBlank @Size(max = 2000) String note) {}

    /** @param note what the approver checked, or null */
    record ApprovalRequest(@Size(max = 2000) String note) {}

    /**
     * A decision as the API shows it.
     *
     * @param state      {@code PROPOSED} or {@code APPROVED}
     * @param approvedBy the second account, once approved
     */
    record DeregistrationResponse(
            UUID id,
            UUID registrantId,
            DeregistrationReason reason,
            String note,
            Deregistration.State state,
            String proposedBy,
            Instant proposedAt,
            String approvedBy,
            Instant approvedAt) {

        static DeregistrationResponse of(Deregistration d) {
            return new DeregistrationResponse(
                    d.id(),
                    d.registrantId(),
                    d.reason(),
                    d.note(),
                    d.state(),
                    d.proposedBy(),
                    d.proposedAt(),
                    d.approvedBy(),
                    d.approvedAt());
        }
    }

    private final DeregistrationService service;

    DeregistrationController(DeregistrationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<DeregistrationResponse> propose(
            @PathVariable UUID id, @Valid @RequestBody ProposalRequest request, Principal actor) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DeregistrationResponse.of(
                        service.propose(id, request.reason(), request.note(), actor.getName())));
    }

    @GetMapping
    DeregistrationResponse read(@PathVariable UUID id) {
        return DeregistrationResponse.of(service.of(id));
    }

    @PostMapping("/approval")
    DeregistrationResponse approve(
            @PathVariable UUID id, @Valid @RequestBody ApprovalRequest request, Principal actor) {
        return DeregistrationResponse.of(service.approve(id, request.note(), actor.getName()));
    }
}

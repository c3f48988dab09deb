package org.opensor.registry.api.deregistration.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.deregistration.Deregistration;
import org.opensor.registry.api.deregistration.DeregistrationReason;
import org.opensor.registry.api.deregistration.DeregistrationService;
import org.opensor.registry.api.registrant.web.RegistrantResponse;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/deregistrations}: the auditor's view of withdrawn records. The list names no one (ids, reasons,
 * accounts, dates); reading one record needs a stated purpose and is audited with its id.
 */
@RestController
@Validated
class DeregisteredRecordController {

    /** One approved decision, without personal data. */
    record DecisionSummary(
            UUID registrantId,
            DeregistrationReason reason,
            String proposedBy,
            Instant proposedAt,
            String approvedBy,
            Instant approvedAt) {}

    record DecisionPage(List<DecisionSummary> items, int page, int size, long totalElements, long totalPages) {}

    /** The withdrawn record as it stood when approved, and the decision that withdrew it. */
    record WithdrawnRecord(RegistrantResponse record, DeregistrationController.DeregistrationResponse deregistration) {}

    private final DeregistrationService service;
    private final RegistrantWebMapper mapper;

    DeregisteredRecordController(DeregistrationService service, RegistrantWebMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/deregistrations")
    DecisionPage list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        long total = service.countApproved();
        List<DecisionSummary> items = service.approved(page, size).stream()
                .map(DeregisteredRecordController::summary)
                .toList();
        return new DecisionPage(items, page, size, total, (total + size - 1) / size);
    }

    @GetMapping("/api/v1/deregistrations/{registrantId}/record")
    WithdrawnRecord record(@PathVariable UUID registrantId) {
        DeregistrationService.Withdrawn withdrawn = service.withdrawn(registrantId);
        return new WithdrawnRecord(
                mapper.toResponse(withdrawn.registrant()),
                DeregistrationController.DeregistrationResponse.of(withdrawn.decision()));
    }

    private static DecisionSummary summary(Deregistration d) {
        return new DecisionSummary(
                d.registrantId(), d.reason(), d.proposedBy(), d.proposedAt(), d.approvedBy(), d.approvedAt());
    }
}
